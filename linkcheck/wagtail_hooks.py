from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports import BrokenLinksView


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
