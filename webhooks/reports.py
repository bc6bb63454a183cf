"""The admin report editors use to see whether the decoupled app was told about changes."""

from django.conf import settings
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from .models import WebhookDelivery


def attempts_label(delivery):
    return _("%(attempts)s van %(maximum)s") % {
        "attempts": delivery.attempts,
        "maximum": max(settings.DELIVERY_WEBHOOK_ATTEMPTS, delivery.attempts),
    }


def next_attempt_label(delivery):
    """A clock time, not "x ago": the next attempt lies in the future."""
    if delivery.status != WebhookDelivery.Status.PENDING or delivery.next_attempt_at is None:
        return ""
    if delivery.next_attempt_at <= timezone.now():
        return _("zo snel mogelijk")
    return formats.date_format(timezone.localtime(delivery.next_attempt_at), "DATETIME_FORMAT")


class WebhookDeliveryFilterSet(WagtailFilterSet):
    class Meta:
        model = WebhookDelivery
        fields = ["status"]


class WebhookDeliveriesView(ReportView):
    page_title = _("Meldingen aan de app")
    header_icon = "resubmit"
    index_url_name = "delivery_webhooks"
    index_results_url_name = "delivery_webhooks_results"
    any_permission_required = ["add", "change", "publish"]
    filterset_class = WebhookDeliveryFilterSet
    columns = [
        DateColumn("created_at", label=_("Aangemaakt")),
        Column("event_label", label=_("Gebeurtenis"), accessor="get_event_display_nl"),
        Column("page_title", label=_("Pagina")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("attempts", label=_("Pogingen"), accessor=attempts_label),
        Column("next_attempt_at", label=_("Volgende poging"), accessor=next_attempt_label),
        Column("response_status", label=_("Laatste antwoordcode")),
        Column("error", label=_("Laatste foutmelding")),
    ]

    def get_queryset(self):
        return WebhookDelivery.objects.all()
