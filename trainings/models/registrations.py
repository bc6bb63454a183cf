"""Who signed up for which session, and requests for a training on request."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from parties.models import Role


def new_token():
    return secrets.token_urlsafe(32)


class RegistrationStatus(models.TextChoices):
    PENDING = "pending", _("wacht op bevestiging")
    CONFIRMED = "confirmed", _("aangemeld")
    WAITING = "waiting", _("op de wachtlijst")
    CANCELLED = "cancelled", _("afgemeld")


ACTIVE_STATUSES = [
    RegistrationStatus.PENDING,
    RegistrationStatus.CONFIRMED,
    RegistrationStatus.WAITING,
]


class Registration(models.Model):
    session = models.ForeignKey(
        "trainings.TrainingSession",
        verbose_name=_("bijeenkomst"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="training_registrations",
    )
    name = models.CharField(_("naam"), max_length=150, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    party = models.ForeignKey(
        "parties.LocalParty",
        verbose_name=_("partij"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    role = models.CharField(_("rol"), max_length=20, choices=Role.choices, blank=True)
    language = models.CharField(_("taal"), max_length=5, default="nl")
    status = models.CharField(_("status"), max_length=10, choices=RegistrationStatus.choices)
    position = models.PositiveIntegerField(_("plaats op de wachtlijst"), null=True, blank=True)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    attended = models.BooleanField(_("aanwezig"), null=True, blank=True)
    created_at = models.DateTimeField(_("aangemeld op"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("bevestigd op"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("herinnerd op"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("persoonsgegevens verwijderd op"), null=True, blank=True)

    class Meta:
        ordering = ["session", "status", "position", "created_at"]
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "email"],
                condition=Q(status__in=["pending", "confirmed", "waiting"]) & ~Q(email=""),
                name="one_active_registration_per_person",
            )
        ]

    def __str__(self):
        return f"{self.name or '–'} ({self.get_status_display()})"


class TrainingRequest(models.Model):
    """A party's request for a training of its own (maatwerk)."""

    party = models.ForeignKey(
        "parties.LocalParty", verbose_name=_("partij"), on_delete=models.PROTECT, related_name="+"
    )
    name = models.CharField(_("naam"), max_length=150)
    email = models.EmailField(_("e-mailadres"))
    needs = models.TextField(_("waar heeft uw partij behoefte aan?"), max_length=3000)
    preferred_dates = models.CharField(_("voorkeursdata"), max_length=300, blank=True)
    participants = models.PositiveIntegerField(_("aantal deelnemers"))
    created_at = models.DateTimeField(_("ontvangen op"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("aanvraag training op maat")
        verbose_name_plural = _("aanvragen training op maat")

    def __str__(self):
        return f"{self.party} – {self.created_at:%d-%m-%Y}"
