"""Reports → Mislukte taken: background tasks that failed, or failed and wait for another
attempt, with their error; staff can run a failed one again."""

from django.utils.translation import gettext_lazy as _
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

STATUS_LABELS = {
    TaskResultStatus.FAILED: _("Mislukt"),
    TaskResultStatus.READY: _("Wacht op nieuwe poging"),
}


def status_label(row):
    return STATUS_LABELS.get(row.status, row.status)


def error_of(row):
    """The exception and its message: the last line of the traceback."""
    lines = [line for line in row.traceback.strip().splitlines() if line.strip()]
    return lines[-1] if lines else row.exception_class_path


def arguments_of(row):
    args = [repr(value) for value in row.args_kwargs.get("args", [])]
    args += [f"{key}={value!r}" for key, value in row.args_kwargs.get("kwargs", {}).items()]
    return ", ".join(args)


class RetryColumn(Column):
    cell_template_name = "jobs/retry_cell.html"


class FailedTasksView(ReportView):
    page_title = _("Mislukte taken")
    header_icon = "warning"
    index_url_name = "jobs_failed_tasks"
    index_results_url_name = "jobs_failed_tasks_results"
    permission_policy = ModelPermissionPolicy(DBTaskResult)
    permission_required = "change"
    columns = [
        DateColumn("finished_at", label=_("Laatst geprobeerd")),
        Column("task_name", label=_("Taak")),
        Column("arguments", label=_("Gegevens"), accessor=arguments_of),
        Column("status", label=_("Status"), accessor=status_label),
        Column("attempts", label=_("Pogingen"), accessor=lambda row: len(row.worker_ids)),
        Column("error", label=_("Foutmelding"), accessor=error_of),
        RetryColumn("retry", label=_("Actie"), accessor="status"),
    ]

    def get_queryset(self):
        waiting_after_error = DBTaskResult.objects.filter(status=TaskResultStatus.READY).exclude(
            traceback=""
        )
        return (DBTaskResult.objects.failed() | waiting_after_error).order_by(
            "-finished_at", "-enqueued_at"
        )
