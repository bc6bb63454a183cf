"""A send of an issue and its deliveries: one row per recipient, made before anything goes
out, so a stopped worker can carry on where it was (newsletter/tasks.py)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Send(models.Model):
    class Kind(models.TextChoices):
        TEST = "test", _("Testbericht")
        ISSUE = "issue", _("Verzending aan abonnees")

    class Status(models.TextChoices):
        SENDING = "sending", _("Bezig")
        DONE = "done", _("Klaar")

    issue = models.ForeignKey(
        "newsletter.NewsletterIssuePage",
        verbose_name=_("nieuwsbrief"),
        on_delete=models.CASCADE,
        related_name="sends",
    )
    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.SENDING
    )
    language = models.CharField(_("taal"), max_length=10)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gestart door"),
        null=True,
        on_delete=models.SET_NULL,
    )
    created_at = models.DateTimeField(_("gestart"), auto_now_add=True)
    finished_at = models.DateTimeField(_("klaar"), null=True, blank=True)
    # The mail as it goes out, rendered once: every recipient (and a resumed send) gets the
    # same text, with only the personal links filled in (newsletter/mail.py).
    subject = models.CharField(_("onderwerp"), max_length=998)
    body_text = models.TextField(_("tekst"))
    body_html = models.TextField(_("HTML-deel"))
    trainings = models.JSONField(_("trainingen zoals verzonden"), default=list)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("verzending")
        verbose_name_plural = _("verzendingen")

    def __str__(self):
        return f"{self.subject} ({self.get_kind_display()})"

    def counts(self):
        found = dict(
            self.deliveries.values_list("status").annotate(n=models.Count("id")).order_by()
        )
        return {status: found.get(status, 0) for status in Delivery.Status.values}


class Delivery(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Wacht")
        SENDING = "sending", _("Wordt verzonden")
        SENT = "sent", _("Verzonden")
        FAILED = "failed", _("Mislukt")

    send = models.ForeignKey(Send, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(
        "newsletter.Subscriber", null=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    email = models.EmailField(_("e-mailadres"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    claimed_at = models.DateTimeField(_("verzending gestart"), null=True, blank=True)
    sent_at = models.DateTimeField(_("verzonden"), null=True, blank=True)
    error = models.TextField(_("foutmelding"), blank=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("bezorging")
        verbose_name_plural = _("bezorgingen")
        constraints = [
            models.UniqueConstraint(fields=["send", "email"], name="newsletter_one_copy_per_send")
        ]
        indexes = [models.Index(fields=["send", "status"])]

    def __str__(self):
        return self.email
