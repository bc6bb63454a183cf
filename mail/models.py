from django.db import models
from django.utils.translation import gettext_lazy as _


class OutgoingMessage(models.Model):
    """A message exactly as it will be sent, stored before its sending task is queued, so a
    failing mail server or a stopped worker never loses it (see mail/tasks.py)."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("In de wachtrij")
        SENDING = "sending", _("Wordt verzonden")
        SENT = "sent", _("Verzonden")
        FAILED = "failed", _("Mislukt")
        INTERRUPTED = "interrupted", _("Onderbroken")

    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True, db_index=True)
    template = models.CharField(_("sjabloon"), max_length=200)
    language = models.CharField(_("taal"), max_length=10)
    message_id = models.CharField(_("berichtkenmerk"), max_length=255, unique=True)
    from_email = models.CharField(_("afzender"), max_length=320)
    to = models.JSONField(_("ontvangers"))
    reply_to = models.JSONField(_("antwoord aan"), default=list)
    subject = models.CharField(_("onderwerp"), max_length=998)
    body_text = models.TextField(_("tekst"))
    body_html = models.TextField(_("HTML-deel"))
    attachments = models.JSONField(_("bijlagen"), default=list)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    claimed_at = models.DateTimeField(_("verzending gestart"), null=True, blank=True)
    sent_at = models.DateTimeField(_("verzonden"), null=True, blank=True)
    error = models.TextField(_("laatste foutmelding"), blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("uitgaand bericht")
        verbose_name_plural = _("uitgaande berichten")

    def __str__(self):
        return self.subject
