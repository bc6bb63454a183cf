from datetime import timedelta

from dateutil.relativedelta import relativedelta
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from accounts.registry import ERASURE, EXPORT, PANELS, MemberPanel
from jobs.registry import RetentionPurge

from . import conf
from .models import FAQEntryPage, HelpdeskPage, Question
from .overview import HelpdeskPanel
from .services import status_url
from .storage import private_storage
from .viewsets import QuestionViewSet


@hooks.register("register_admin_viewset")
def register_helpdesk_inbox():
    return QuestionViewSet("helpdesk_question")


@hooks.register("construct_homepage_panels")
def helpdesk_dashboard_panel(request, panels):
    if request.user.has_perm("helpdesk.view_question"):
        panels.append(HelpdeskPanel())


@hooks.register("topic_page_sections")
def topic_faq(page, request):
    entries = (
        FAQEntryPage.objects.live()
        .public()
        .filter(locale=page.locale)
        .filter(Q(topic=page) | Q(topic__translation_key=page.translation_key))
        .order_by("title")
        .distinct()
    )
    if not entries:
        return None
    return "helpdesk/includes/topic_faq.html", {"entries": entries}


@hooks.register(PANELS)
def my_questions_panel(request):
    page = HelpdeskPage.objects.live().filter(locale__language_code="nl").first()
    questions = Question.objects.filter(user=request.user).select_related("topic")
    items = [{"question": q, "url": status_url(q, page) if page else ""} for q in questions[:20]]
    ask_url = page.localized.ask_url() if page else ""
    context = {"questions": items, "ask_url": ask_url}
    return MemberPanel("helpdesk", _("Mijn vragen"), "helpdesk/panels/questions.html", context, 40)


@hooks.register(EXPORT)
def questions_data(user):
    return {
        "helpdesk_questions": [
            {
                "reference": q.reference,
                "status": q.status,
                "name": q.name,
                "email": q.email,
                "party": q.party_label(),
                "role": q.role,
                "question": q.text,
                "answer": q.answer,
                "asked_at": q.created_at.isoformat(),
                "attachment": q.attachment_name,
            }
            for q in Question.objects.filter(user=user).select_related("party")
        ]
    }


@hooks.register(ERASURE)
def erase_questions(user):
    for question in Question.objects.filter(user=user):
        question.delete()
    Question.objects.filter(assignee=user).update(assignee=None)


def retention_days():
    return conf.retention_months() * 31


def purge_closed(cutoff):
    # The retention job counts in days, the helpdesk in calendar months: back to the job's
    # "now", then the months.
    now = cutoff + timedelta(days=retention_days())
    cutoff = now - relativedelta(months=conf.retention_months())
    removed = 0
    for question in Question.objects.filter(closed_at__lt=cutoff):
        question.delete()
        removed += 1
    return removed + purge_pending_files()


def purge_pending_files():
    """Uploads kept for a suggestions step that was never sent (older than a day)."""
    folder = "helpdesk/pending"
    if not private_storage.exists(folder):
        return 0
    removed = 0
    limit = timezone.now() - timedelta(days=1)
    for name in private_storage.listdir(folder)[1]:
        path = f"{folder}/{name}"
        if private_storage.get_modified_time(path) < limit:
            private_storage.delete(path)
            removed += 1
    return removed


@hooks.register("register_retention_purge")
def closed_questions():
    return RetentionPurge(
        "helpdesk.questions",
        days=retention_days,
        purge=purge_closed,
    )
