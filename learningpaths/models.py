"""/leerlijnen/: a page per learning path, an ordered series of guides (a guide may belong to
several). Steps are chosen on the Dutch original and kept in sync; each language shows the
guides in its own language."""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.i18n import in_locale
from core.models import BasePage, intro_field
from guides.models import GuidePage

from .serializers import StepsField


class LearningPathIndexPage(BasePage):
    intro = intro_field()

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [*BasePage.api_fields, APIField("intro", writable=True)]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["learningpaths.LearningPathPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("leerlijnenoverzicht")
        verbose_name_plural = _("leerlijnenoverzichten")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paths = LearningPathPage.objects.child_of(self).live().public().order_by("path")
        context["paths"] = [(path, len(path.guides)) for path in paths]
        return context


class LearningPathPage(BasePage):
    intro = models.TextField(_("introductie"), max_length=600)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("steps", label=_("Stappen"), min_num=2),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro", boost=2)]
    api_fields = [
        *BasePage.api_fields,
        APIField("intro", writable=True),
        APIField("guides", serializer=StepsField()),
    ]
    override_translatable_fields = [SynchronizedField("steps", overridable=False)]

    parent_page_types = ["learningpaths.LearningPathIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("leerlijn")
        verbose_name_plural = _("leerlijnen")

    @property
    def guides(self):
        """The path's guides in order, in this page's language (live and public only)."""
        if not hasattr(self, "_guides"):
            chosen = [step.guide for step in self.steps.select_related("guide")]
            self._guides = in_locale(
                chosen, self.locale_id, GuidePage.objects.select_related("topic")
            )
        return self._guides

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = self.guides
        return context


class LearningPathStep(Orderable):
    page = ParentalKey(LearningPathPage, related_name="steps", on_delete=models.CASCADE)
    guide = models.ForeignKey(
        GuidePage, verbose_name=_("gids"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("guide", page_type="guides.GuidePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("stap")
        verbose_name_plural = _("stappen")


@dataclass
class Position:
    """Where a guide stands in one learning path."""

    path: LearningPathPage
    number: int
    count: int
    previous: GuidePage | None
    next: GuidePage | None


def positions_of(guide):
    """The learning paths (in the guide's language) that hold `guide`, with its place."""
    versions = GuidePage.objects.filter(translation_key=guide.translation_key).values("pk")
    path_ids = LearningPathStep.objects.filter(guide__in=versions).values("page_id")
    originals = LearningPathPage.objects.filter(pk__in=path_ids).order_by("path")
    positions = []
    for path in in_locale(list(originals), guide.locale_id, LearningPathPage.objects):
        guides = path.guides
        keys = [item.translation_key for item in guides]
        if guide.translation_key not in keys:
            continue
        index_ = keys.index(guide.translation_key)
        positions.append(
            Position(
                path=path,
                number=index_ + 1,
                count=len(guides),
                previous=guides[index_ - 1] if index_ > 0 else None,
                next=guides[index_ + 1] if index_ + 1 < len(guides) else None,
            )
        )
    return positions
