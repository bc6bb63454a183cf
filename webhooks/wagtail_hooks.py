from datetime import timedelta

from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from jobs.registry import RetentionPurge, ScheduledJob

from .reports import WebhookDeliveriesView
from .tasks import purge_log, sweep


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


@hooks.register("register_scheduled_job")
def webhook_sweep():
    return ScheduledJob("webhooks.sweep", every=timedelta(minutes=1), run=sweep)


@hooks.register("register_retention_purge")
def webhook_log():
    return RetentionPurge(
        "webhooks.log", days=lambda: settings.WEBHOOK_LOG_RETENTION_DAYS, purge=purge_log
    )
