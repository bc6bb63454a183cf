"""The admin report editors use to see whether the decoupled app was told about changes."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from .models import WebhookDelivery


class WebhookDeliveriesView(ReportView):
    page_title = _("Meldingen aan de app")
    header_icon = "resubmit"
    index_url_name = "delivery_webhooks"
    index_results_url_name = "delivery_webhooks_results"
    any_permission_required = ["add", "change", "publish"]
    columns = [
        DateColumn("created_at", label=_("Aangemaakt")),
        Column("event_label", label=_("Gebeurtenis"), accessor="get_event_display_nl"),
        Column("page_title", label=_("Pagina")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("attempts", label=_("Pogingen")),
        Column("response_status", label=_("Antwoordcode")),
        Column("error", label=_("Foutmelding")),
    ]

    def get_queryset(self):
        return WebhookDelivery.objects.all()
