"""What happens to a question: asked, assigned, noted, answered, closed, published as FAQ,
purged. Every step is a QuestionEvent in the question's history."""

from urllib.parse import urlencode

from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from mail.messages import send_templated

from . import conf
from .models import EventKind, Question, QuestionEvent, ReferenceCounter, Status

STATUS_SALT = "helpdesk.status"


def status_token(question):
    return signing.dumps(question.pk, salt=STATUS_SALT)


def question_for_token(token):
    try:
        pk = signing.loads(token, salt=STATUS_SALT)
    except signing.BadSignature:
        return None
    return Question.objects.filter(pk=pk).select_related("topic", "party").first()


def status_url(question, page):
    """The asker's signed link to the question's status, on the helpdesk page of their
    language."""
    with translation.override(question.language):
        localized = page.localized
        return status_path(question, localized, full=True)


def status_path(question, page, full=False):
    base = page.full_url if full else page.url
    return f"{base}{page.reverse_subpage('status')}?{urlencode({'t': status_token(question)})}"


@transaction.atomic
def create_question(*, page, spam_reason="", **fields):
    now = timezone.now()
    question = Question(
        reference=ReferenceCounter.next_reference(timezone.localdate(now).year),
        consent_at=now,
        created_at=now,
        suspected_spam=bool(spam_reason),
        spam_reason=spam_reason,
        **fields,
    )
    question.save()
    QuestionEvent.objects.create(question=question, kind=EventKind.RECEIVED, text=spam_reason)
    if not question.suspected_spam:
        send_received(question, page)
    return question


def send_received(question, page):
    send_templated(
        "helpdesk/mail/received",
        to=question.email,
        language=question.language,
        reply_to=conf.helpdesk_email(),
        context={
            "question": question,
            "name": question.name,
            "reference": question.reference,
            "status_url": status_url(question, page),
        },
    )


@transaction.atomic
def release(question, *, by, page):
    """Staff judge a suspected question genuine: it joins the inbox and the asker gets the
    confirmation after all."""
    question.suspected_spam = False
    question.save(update_fields=["suspected_spam"])
    QuestionEvent.objects.create(question=question, kind=EventKind.RELEASED, author=by)
    send_received(question, page)


@transaction.atomic
def assign(question, *, assignee, by):
    question.assignee = assignee
    if question.status == Status.NEW:
        question.status = Status.IN_PROGRESS
    question.save(update_fields=["assignee", "status"])
    QuestionEvent.objects.create(
        question=question, kind=EventKind.ASSIGNED, author=by, text=display_name(assignee)
    )
    if assignee.email and assignee != by:
        admin_url = reverse("helpdesk_question:detail", args=[question.pk])
        send_templated(
            "helpdesk/mail/assigned",
            to=assignee.email,
            language="nl",
            context={
                "question": question,
                "name": display_name(assignee),
                "by": display_name(by),
                "admin_url": base_url() + admin_url,
            },
        )


def add_note(question, *, text, by):
    return QuestionEvent.objects.create(
        question=question, kind=EventKind.NOTE, text=text, author=by
    )


@transaction.atomic
def set_status(question, *, status, by):
    question.status = status
    question.closed_at = timezone.now() if status == Status.CLOSED else None
    question.save(update_fields=["status", "closed_at"])
    QuestionEvent.objects.create(
        question=question, kind=EventKind.STATUS, author=by, text=Status(status).label
    )


@transaction.atomic
def send_answer(question, *, text, by, page):
    now = timezone.now()
    question.answer = text
    question.answered_at = now
    question.status = Status.ANSWERED
    if question.assignee is None:
        question.assignee = by
    question.save(update_fields=["answer", "answered_at", "status", "assignee"])
    QuestionEvent.objects.create(question=question, kind=EventKind.ANSWERED, text=text, author=by)
    send_templated(
        "helpdesk/mail/answer",
        to=question.email,
        language=question.language,
        reply_to=conf.helpdesk_email(),
        context={
            "question": question,
            "name": question.name,
            "reference": question.reference,
            "answer": text,
            "status_url": status_url(question, page),
        },
    )


def display_name(user):
    return (user.get_full_name() or user.get_username()) if user else ""


def base_url():
    from django.conf import settings

    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")
