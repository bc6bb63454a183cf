from django.db import models
from django.utils.translation import gettext_lazy as _


class WebhookDelivery(models.Model):
    """One notification to the decoupled app that content changed, and how sending it went."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Wacht")
        SENT = "sent", _("Verzonden")
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
    response_status = models.PositiveSmallIntegerField(_("antwoordcode"), null=True, blank=True)
    error = models.TextField(_("foutmelding"), blank=True)
    finished_at = models.DateTimeField(_("afgerond"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
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
