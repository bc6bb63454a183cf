"""Questions from parties, their reference numbers and their history."""

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from parties.models import Role

from ..storage import private_storage


class Status(models.TextChoices):
    NEW = "new", _("nieuw")
    IN_PROGRESS = "in_progress", _("in behandeling")
    WAITING = "waiting", _("wacht op vraagsteller")
    ANSWERED = "answered", _("beantwoord")
    CLOSED = "closed", _("gesloten")


OPEN_STATUSES = [Status.NEW, Status.IN_PROGRESS, Status.WAITING]


class ReferenceCounter(models.Model):
    """The last reference number given out per year (KP-2026-0142)."""

    year = models.PositiveIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.year}: {self.last}"

    @classmethod
    def next_reference(cls, year):
        with transaction.atomic():
            counter, _ = cls.objects.select_for_update().get_or_create(year=year)
            counter.last += 1
            counter.save(update_fields=["last"])
        return f"KP-{year}-{counter.last:04d}"


class QuestionQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def genuine(self):
        return self.filter(suspected_spam=False)


def attachment_path(question, filename):
    return f"helpdesk/{timezone.now():%Y/%m}/{filename}"


class Question(models.Model):
    reference = models.CharField(_("kenmerk"), max_length=20, unique=True, editable=False)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.NEW, db_index=True
    )
    topic = models.ForeignKey(
        "guides.TopicPage",
        verbose_name=_("onderwerp"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    party = models.ForeignKey(
        "parties.LocalParty",
        verbose_name=_("partij"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="helpdesk_questions",
    )
    party_name = models.CharField(_("partij volgens de vraagsteller"), max_length=200, blank=True)
    name = models.CharField(_("naam"), max_length=150)
    email = models.EmailField(_("e-mailadres"))
    role = models.CharField(_("rol"), max_length=20, choices=Role.choices, blank=True)
    language = models.CharField(_("taal"), max_length=5, default="nl")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="helpdesk_questions",
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("behandelaar"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="helpdesk_assignments",
    )
    text = models.TextField(_("vraag"))
    attachment = models.FileField(
        _("bijlage"), storage=private_storage, upload_to=attachment_path, blank=True
    )
    attachment_name = models.CharField(_("naam van de bijlage"), max_length=200, blank=True)
    consent_at = models.DateTimeField(_("toestemming gegeven op"))
    suspected_spam = models.BooleanField(_("verdacht (spam)"), default=False, db_index=True)
    spam_reason = models.CharField(_("waarom verdacht"), max_length=100, blank=True)
    answer = models.TextField(_("antwoord"), blank=True)
    created_at = models.DateTimeField(_("gesteld op"), default=timezone.now, db_index=True)
    answered_at = models.DateTimeField(_("beantwoord op"), null=True, blank=True)
    closed_at = models.DateTimeField(_("gesloten op"), null=True, blank=True)
    faq_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("veelgestelde vraag"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = QuestionQuerySet.as_manager()

    class Meta:
        verbose_name = _("vraag aan de helpdesk")
        verbose_name_plural = _("vragen aan de helpdesk")
        ordering = ["-created_at"]

    def __str__(self):
        return self.reference

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    def party_label(self):
        return self.party.name if self.party else self.party_name

    def delete(self, *args, **kwargs):
        if self.attachment:
            self.attachment.delete(save=False)
        return super().delete(*args, **kwargs)


class EventKind(models.TextChoices):
    RECEIVED = "received", _("ontvangen")
    NOTE = "note", _("interne notitie")
    ASSIGNED = "assigned", _("toegewezen")
    STATUS = "status", _("status gewijzigd")
    ANSWERED = "answered", _("antwoord verstuurd")
    RELEASED = "released", _("geen spam")
    FAQ = "faq", _("als veelgestelde vraag opgesteld")


class QuestionEvent(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("soort"), max_length=10, choices=EventKind.choices)
    text = models.TextField(_("tekst"), blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("op"), default=timezone.now)

    class Meta:
        verbose_name = _("gebeurtenis")
        verbose_name_plural = _("geschiedenis")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.question_id} {self.kind}"
