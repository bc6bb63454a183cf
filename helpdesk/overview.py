"""For staff: open questions per status, and the ones open too long (dashboard panel)."""

from django.db.models import Count
from wagtail.admin.ui.components import Component

from . import conf
from .models import OPEN_STATUSES, Question, Status
from .workdays import working_days_ago


def open_counts():
    counts = dict(
        Question.objects.genuine()
        .open()
        .order_by()
        .values("status")
        .annotate(n=Count("id"))
        .values_list("status", "n")
    )
    return [(Status(status).label, status, counts.get(status, 0)) for status in OPEN_STATUSES]


def overdue():
    cutoff = working_days_ago(conf.overdue_working_days())
    return Question.objects.genuine().open().filter(created_at__lt=cutoff).order_by("created_at")


class HelpdeskPanel(Component):
    name = "helpdesk"
    template_name = "helpdesk/admin/dashboard_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        return {
            "counts": open_counts(),
            "overdue": list(overdue().select_related("assignee")[:20]),
            "overdue_days": conf.overdue_working_days(),
            "spam": Question.objects.filter(suspected_spam=True).count(),
        }
