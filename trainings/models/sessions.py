"""A training's sessions: dates and places, each with its own seats and calendar event."""

import uuid

from django.db import models
from django.dispatch import Signal
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

# What a participant notices: a change in one of these bumps SEQUENCE and sends a notice.
NOTICEABLE_FIELDS = ("start", "end", "venue", "address", "city", "online", "status")


# Sent when staff move or cancel a session; trainings/apps.py connects the notice mails.
session_changed = Signal()


class SessionStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("gepland")
    CANCELLED = "cancelled", _("geannuleerd")


class TrainingSession(Orderable):
    """One date and place of a training. A translation of the training holds a copy with the
    same `uid`; sign-ups and seats belong to the first (the original's) session of that uid."""

    training = ParentalKey(
        "trainings.TrainingPage", on_delete=models.CASCADE, related_name="sessions"
    )
    start = models.DateTimeField(_("begin"))
    end = models.DateTimeField(_("einde"))
    online = models.BooleanField(_("online"), default=False)
    venue = models.CharField(_("locatie"), max_length=150, blank=True)
    address = models.CharField(_("adres"), max_length=200, blank=True)
    city = models.CharField(_("plaats"), max_length=100, blank=True)
    province = models.ForeignKey(
        "parties.Province",
        verbose_name=_("provincie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    join_url = models.URLField(
        _("deelnamelink"),
        blank=True,
        help_text=_("Alleen voor bevestigde deelnemers; nooit openbaar."),
    )
    capacity = models.PositiveIntegerField(_("aantal plaatsen"), default=20)
    status = models.CharField(
        _("status"), max_length=10, choices=SessionStatus.choices, default=SessionStatus.SCHEDULED
    )
    sequence = models.PositiveIntegerField(_("volgnummer (iCalendar)"), default=0, editable=False)
    uid = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)

    panels = [
        FieldPanel("start"),
        FieldPanel("end"),
        FieldPanel("online"),
        FieldPanel("venue"),
        FieldPanel("address"),
        FieldPanel("city"),
        FieldPanel("province"),
        FieldPanel("join_url"),
        FieldPanel("capacity"),
        FieldPanel("status"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")
        ordering = ["start"]

    def __str__(self):
        return f"{self.training.title} – {self.start:%d-%m-%Y %H:%M}"

    @property
    def place(self):
        return "online" if self.online else self.city

    @property
    def is_cancelled(self):
        return self.status == SessionStatus.CANCELLED

    def location_text(self):
        if self.online:
            return "Online"
        return ", ".join(part for part in (self.venue, self.address, self.city) if part)

    def save(self, *args, **kwargs):
        """Bumps `sequence` when a participant would notice the change, and tells them."""
        changed = False
        if self.pk:
            old = TrainingSession.objects.filter(pk=self.pk).values(*NOTICEABLE_FIELDS).first()
            changed = old is not None and any(
                old[name] != getattr(self, name) for name in NOTICEABLE_FIELDS
            )
            if changed:
                self.sequence += 1
        super().save(*args, **kwargs)
        if changed:
            session_changed.send(sender=TrainingSession, session=self)

    def public_data(self, seats_left):
        return {
            "id": self.pk,
            "uid": str(self.uid),
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "online": self.online,
            "venue": "" if self.online else self.venue,
            "address": "" if self.online else self.address,
            "city": "" if self.online else self.city,
            "province": self.province.name if self.province_id else None,
            "capacity": self.capacity,
            "seats_left": seats_left,
            "status": self.status,
        }
