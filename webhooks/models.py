from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class WebhookDelivery(models.Model):
    """One notification to the decoupled app that content changed. The row is the source of
    truth for sending it: whoever sends claims it first (see webhooks/sending.py), so a
    restart loses nothing and two senders never deliver it twice."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Wacht")
        SENDING = "sending", _("Wordt verzonden")
        DELIVERED = "delivered", _("Afgeleverd")
        FAILED = "failed", _("Mislukt")

    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True, db_index=True)
    event = models.CharField(_("gebeurtenis"), max_length=20)
    page_id = models.PositiveIntegerField(_("pagina-id"), null=True)
    page_title = models.CharField(_("pagina"), max_length=255, blank=True)
    target_url = models.URLField(_("adres"), max_length=500)
    payload = models.JSONField(_("inhoud"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    next_attempt_at = models.DateTimeField(_("volgende poging"), null=True, default=timezone.now)
    claimed_at = models.DateTimeField(_("verzending gestart"), null=True, blank=True)
    claim_token = models.CharField(max_length=32, blank=True)
    response_status = models.PositiveSmallIntegerField(
        _("laatste antwoordcode"), null=True, blank=True
    )
    error = models.TextField(_("laatste foutmelding"), blank=True)
    finished_at = models.DateTimeField(_("afgerond"), null=True, blank=True)

    class Meta:
        db_table = "delivery_webhookdelivery"  # made by delivery/migrations, kept with its data
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="delivery_due_idx")]
        verbose_name = _("webhookmelding")
        verbose_name_plural = _("webhookmeldingen")

    def __str__(self):
        return f"{self.get_event_display_nl()} · {self.page_title}"

    def get_event_display_nl(self):
        return str(EVENT_LABELS.get(self.event, self.event))


EVENT_LABELS = {
    "published": _("gepubliceerd"),
    "unpublished": _("gedepubliceerd"),
    "moved": _("verplaatst"),
    "deleted": _("verwijderd"),
}
