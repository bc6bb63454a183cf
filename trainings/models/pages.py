"""The agenda (/trainingen/, /en/trainings/) and the training pages below it."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import StandardBodyBlock
from core.models import BasePage, intro_field

from ..serializers import NextSessionField, PublicSessionsField
from .agenda import agenda_context, seats_left_by_uid, training_context
from .sessions import SessionStatus


class MaterialsVisibility(models.TextChoices):
    PARTICIPANTS = "participants", _("alleen deelnemers")
    EVERYONE = "everyone", _("iedereen")


class TrainingIndexPage(BasePage):
    """The agenda. Its archive, feed, sign-up and the links in the mails are views below its
    URL (trainings/urls.py)."""

    intro = intro_field()

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [*BasePage.api_fields, APIField("intro", writable=True)]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["trainings.TrainingPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("trainingsagenda")
        verbose_name_plural = _("trainingsagenda's")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(agenda_context(self, request))
        return context

    def get_cached_paths(self):
        return ["/", "/archief/", "/agenda.ics"]


class TrainingPage(BasePage):
    summary = models.TextField(
        _("samenvatting"),
        max_length=400,
        help_text=_("Eén of twee zinnen; verschijnt in de agenda en in zoekresultaten."),
    )
    audience = models.CharField(
        _("voor wie"),
        max_length=200,
        help_text=_("Bijvoorbeeld: bestuursleden, kandidaten, raadsleden."),
    )
    trainer = models.CharField(_("trainer"), max_length=200, blank=True)
    body = StreamField(StandardBodyBlock(), verbose_name=_("waar gaat het over"), blank=True)
    programme = RichTextField(_("programma"), blank=True, features=["bold", "ol", "ul", "link"])
    topics = ParentalManyToManyField(
        "guides.TopicPage", verbose_name=_("onderwerpen"), blank=True, related_name="+"
    )
    related_guides = ParentalManyToManyField(
        "guides.GuidePage", verbose_name=_("gidsen"), blank=True, related_name="+"
    )
    materials_visibility = models.CharField(
        _("materiaal zichtbaar voor"),
        max_length=12,
        choices=MaterialsVisibility.choices,
        default=MaterialsVisibility.PARTICIPANTS,
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("audience"),
        FieldPanel("trainer"),
        FieldPanel("body"),
        FieldPanel("programme"),
        FieldPanel("topics"),
        FieldPanel("related_guides"),
        InlinePanel("sessions", label=_("bijeenkomsten")),
        FieldPanel("materials_visibility"),
        InlinePanel("materials", label=_("materiaal")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("audience"),
        index.SearchField("trainer"),
        index.SearchField("body"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("summary", writable=True),
        APIField("audience", writable=True),
        APIField("trainer", writable=True),
        APIField("body", writable=True),
        APIField("programme", writable=True),
        APIField("public_sessions", serializer=PublicSessionsField()),
        APIField("next_session", serializer=NextSessionField()),
    ]
    override_translatable_fields = [
        SynchronizedField("topics", overridable=False),
        SynchronizedField("related_guides", overridable=False),
        SynchronizedField("materials_visibility", overridable=False),
    ]

    parent_page_types = ["trainings.TrainingIndexPage"]
    subpage_types = []

    search_type_key = "training"
    search_type_label = _("Training")

    class Meta:
        verbose_name = _("training")
        verbose_name_plural = _("trainingen")

    def next_session(self):
        now = timezone.now()
        upcoming = [
            s for s in self.sessions.all() if s.end > now and s.status == SessionStatus.SCHEDULED
        ]
        return min(upcoming, key=lambda s: s.start, default=None)

    def search_date(self):
        session = self.next_session()
        return session.start if session else self.last_published_at

    def search_result_weight(self):
        # An offer, not the answer: below the guides on the same subject; past ones lower.
        return 0.8 if self.next_session() else 0.4

    @property
    def public_sessions(self):
        """Dates, place and seats for the API: never participants, never a join link."""
        sessions = list(self.sessions.all())
        left = getattr(self, "_seats_left", None) or seats_left_by_uid(sessions)
        return [session.public_data(left.get(session.uid)) for session in sessions]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(training_context(self, request))
        return context


class TrainingMaterial(Orderable):
    training = ParentalKey(TrainingPage, on_delete=models.CASCADE, related_name="materials")
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("materiaal")
        verbose_name_plural = _("materiaal")
