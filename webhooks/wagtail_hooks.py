from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports import WebhookDeliveriesView


@hooks.register("register_reports_menu_item")
def register_webhook_report_menu_item():
    return MenuItem(
        _("Meldingen aan de app"),
        reverse("delivery_webhooks"),
        icon_name=WebhookDeliveriesView.header_icon,
        order=710,
    )


@hooks.register("register_admin_urls")
def register_webhook_report_urls():
    return [
        path("reports/webhooks/", WebhookDeliveriesView.as_view(), name="delivery_webhooks"),
        path(
            "reports/webhooks/results/",
            WebhookDeliveriesView.as_view(results_only=True),
            name="delivery_webhooks_results",
        ),
    ]
