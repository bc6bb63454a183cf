from datetime import timedelta

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .registry import ScheduledJob
from .reports import FailedTasksView
from .retention import prune_task_results, purge_expired
from .retries import recover_stalled
from .views import retry_task


class FailedTasksMenuItem(MenuItem):
    def is_shown(self, request):
        return FailedTasksView.permission_policy.user_has_permission(request.user, "change")


@hooks.register("register_reports_menu_item")
def register_failed_tasks_menu_item():
    return FailedTasksMenuItem(
        _("Mislukte taken"), reverse("jobs_failed_tasks"), icon_name="warning", order=720
    )


@hooks.register("register_admin_urls")
def register_failed_tasks_urls():
    return [
        path("reports/failed-tasks/", FailedTasksView.as_view(), name="jobs_failed_tasks"),
        path(
            "reports/failed-tasks/results/",
            FailedTasksView.as_view(results_only=True),
            name="jobs_failed_tasks_results",
        ),
        path("reports/failed-tasks/<uuid:result_id>/retry/", retry_task, name="jobs_retry_task"),
    ]


def publish_scheduled():
    from django.core.management import call_command

    call_command("publish_scheduled", verbosity=0)


def recover_stalled_tasks():
    requeued, failed = recover_stalled()
    return f"{requeued} queued again, {failed} failed"


@hooks.register("register_scheduled_job")
def publish_scheduled_pages():
    """Editors' scheduled publishing and unpublishing (Wagtail's publish_scheduled)."""
    return ScheduledJob(
        "wagtail.publish_scheduled", every=timedelta(minutes=1), run=publish_scheduled
    )


@hooks.register("register_scheduled_job")
def stalled_tasks():
    return ScheduledJob(
        "jobs.recover_stalled", every=timedelta(minutes=1), run=recover_stalled_tasks
    )


@hooks.register("register_scheduled_job")
def task_results():
    return ScheduledJob("jobs.prune_task_results", every=timedelta(days=1), run=prune_task_results)


@hooks.register("register_scheduled_job")
def retention():
    return ScheduledJob("jobs.retention", every=timedelta(days=1), run=purge_expired)


@hooks.register("register_permissions")
def task_result_permissions():
    """Lets a group be given Reports → Mislukte taken (Wagtail's group editor)."""
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(
        content_type__app_label="django_tasks_database", codename="change_dbtaskresult"
    )
