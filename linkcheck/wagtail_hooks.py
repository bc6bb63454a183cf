from datetime import timedelta

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from jobs.registry import ScheduledJob

from .reports import BrokenLinksView
from .tasks import queue_link_check


@hooks.register("register_reports_menu_item")
def register_link_report_menu_item():
    return MenuItem(
        _("Links om te controleren"),
        reverse("linkcheck_report"),
        icon_name=BrokenLinksView.header_icon,
        order=720,
    )


@hooks.register("register_admin_urls")
def register_link_report_urls():
    return [
        path("reports/links/", BrokenLinksView.as_view(), name="linkcheck_report"),
        path(
            "reports/links/results/",
            BrokenLinksView.as_view(results_only=True),
            name="linkcheck_report_results",
        ),
    ]


@hooks.register("register_scheduled_job")
def daily_link_check():
    """Once a day: links rot slowly, and the sites checked should not see us more often."""
    return ScheduledJob("linkcheck.check_links", every=timedelta(days=1), run=queue_link_check)
