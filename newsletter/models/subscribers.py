from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=Subscriber.Status.CONFIRMED)


class Subscriber(models.Model):
    """One address for one language's newsletter. Only a confirmed address gets issues; the
    consent (when, and the text shown) is kept as the proof the AVG asks for."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Wacht op bevestiging")
        CONFIRMED = "confirmed", _("Aangemeld")
        UNSUBSCRIBED = "unsubscribed", _("Afgemeld")

    class Source(models.TextChoices):
        FORM = "form", _("Aanmeldformulier")
        FOOTER = "footer", _("Formulier onderaan de site")
        IMPORT = "import", _("Import")
        MEMBER = "member", _("Mijn Kennispunt")

    email = models.EmailField(_("e-mailadres"))
    name = models.CharField(_("naam"), max_length=150, blank=True)
    party = models.ForeignKey(
        "parties.LocalParty",
        verbose_name=_("partij"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("taal"), max_length=10, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PENDING
    )
    source = models.CharField(_("bron"), max_length=10, choices=Source.choices)
    consent_at = models.DateTimeField(_("toestemming gegeven"), default=timezone.now)
    consent_text = models.TextField(_("getoonde toestemmingstekst"))
    confirmed_at = models.DateTimeField(_("bevestigd"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("afgemeld"), null=True, blank=True)
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["email"]
        verbose_name = _("abonnee")
        verbose_name_plural = _("abonnees")
        constraints = [
            models.UniqueConstraint(
                fields=["email", "language"], name="newsletter_one_subscription_per_language"
            )
        ]

    def __str__(self):
        return self.email

    def confirm(self, when=None):
        self.status = self.Status.CONFIRMED
        self.confirmed_at = when or timezone.now()
        self.unsubscribed_at = None
        self.save(update_fields=["status", "confirmed_at", "unsubscribed_at"])

    def unsubscribe(self):
        if self.status != self.Status.UNSUBSCRIBED:
            self.status = self.Status.UNSUBSCRIBED
            self.unsubscribed_at = timezone.now()
            self.save(update_fields=["status", "unsubscribed_at"])
