import math

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import BaseTranslatableField, SynchronizedField

from core.api import ImageField
from core.models import BasePage, intro_field

from .blocks import GuideBodyBlock
from .serializers import PersonNameField, RelatedGuidesField, TagsField, TopicField

WORDS_PER_MINUTE = 200


class GuideIndexPage(BasePage):
    """/gidsen/: all topics, each with its guides."""

    intro = intro_field()

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    # How results of this type are shown and weighted in the site search (search.registry).
    search_type_key = "overview"
    search_type_label = _("Overzicht")
    search_weight = 0.3
    api_fields = [*BasePage.api_fields, APIField("intro", writable=True)]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guides.TopicPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("gidsenoverzicht")
        verbose_name_plural = _("gidsenoverzichten")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = SimpleLazyObject(
            lambda: with_guide_counts(
                TopicPage.objects.child_of(self)
                .live()
                .public()
                .select_related("image")
                .prefetch_related("image__renditions")
            )
        )
        return context


def with_guide_counts(topics):
    """The topics as a list, each knowing its number of published guides (one query)."""
    topics = list(topics)
    counts = dict(
        GuidePage.objects.live()
        .public()
        .filter(topic__in=topics)
        .order_by()
        .values("topic")
        .annotate(count=models.Count("id"))
        .values_list("topic", "count")
    )
    for topic in topics:
        topic._guide_count = counts.get(topic.id, 0)
    return topics


class TopicPage(BasePage):
    """A topic such as ledenwerving: its page lists its guides, which are its children."""

    intro = models.TextField(
        _("introductie"),
        max_length=600,
        help_text=_("Een korte introductie van het onderwerp, twee of drie zinnen."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    search_terms = models.CharField(
        _("zoekwoorden"),
        max_length=255,
        blank=True,
        help_text=_("Woorden waarmee lezers dit onderwerp zoeken, gescheiden door spaties."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("image")]
    # How results of this type are shown and weighted in the site search (search.registry).
    search_type_key = "topic"
    search_type_label = _("Onderwerp")
    search_weight = 0.35
    search_is_topic = True

    def search_result_weight(self):
        """A signpost to its guides; a topic without guides yet is itself the answer."""
        return self.search_weight if self.get_children().live().exists() else 1.0

    promote_panels = [*Page.promote_panels, FieldPanel("search_terms")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("search_terms"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("intro", writable=True),
        APIField("image", serializer=ImageField()),
        APIField("guide_count"),
    ]

    # wagtail-localize: the same illustration in every language (a translator may pick another).
    override_translatable_fields = [SynchronizedField("image")]

    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = ["guides.GuidePage"]

    class Meta:
        verbose_name = _("onderwerp")
        verbose_name_plural = _("onderwerpen")

    @property
    def name(self):
        return self.title

    @property
    def guides(self):
        return (
            GuidePage.objects.live()
            .public()
            .filter(topic=self)
            .select_related("topic")
            .order_by("title")
        )

    @property
    def guide_count(self):
        if hasattr(self, "_guide_count"):
            return self._guide_count
        return self.guides.count()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: a page body from the fragment cache needs none of them (caching/fragments.py).
        context["guides"] = SimpleLazyObject(lambda: self.guides)
        context["other_topics"] = SimpleLazyObject(
            lambda: TopicPage.objects.sibling_of(self).live().public()
        )
        context["sections"] = SimpleLazyObject(lambda: topic_page_sections(self, request))
        return context


def topic_page_sections(topic, request):
    """What other apps show on a topic page (their FAQ, trainings, ...): each hook
    `topic_page_sections` is fn(topic, request) -> (template, context) or None."""
    from wagtail import hooks

    found = (fn(topic, request) for fn in hooks.get_hooks("topic_page_sections"))
    return [section for section in found if section]


class GuidePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "guides.GuidePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class GuidePage(BasePage):
    # Joined when a URL is routed to a guide (core/routing.py): the page shows its topic.
    route_select_related = ["topic"]
    summary = models.TextField(
        _("samenvatting"),
        max_length=400,
        help_text=_("Wat de lezer na het lezen kan; verschijnt in overzichten en zoekresultaten."),
    )
    body = StreamField(GuideBodyBlock(), verbose_name=_("inhoud"))
    topic = models.ForeignKey(
        "guides.TopicPage",
        verbose_name=_("onderwerp"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Volgt uit de plaats van de gids: het onderwerp waaronder zij staat."),
    )
    tags = ClusterTaggableManager(through=GuidePageTag, blank=True, verbose_name=_("tags"))
    reading_time = models.PositiveSmallIntegerField(
        _("leestijd (minuten)"), default=1, editable=False
    )
    last_reviewed = models.DateField(_("laatst gecontroleerd"), null=True, blank=True)
    review_by = models.DateField(
        _("controleren vóór"),
        null=True,
        blank=True,
        help_text=_("Wanneer de feiten in deze gids opnieuw gecontroleerd moeten worden."),
    )
    content_owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("inhoudelijk eigenaar"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_guides",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("related_guide_links", label=_("Gerelateerde gidsen"), max_num=6),
    ]
    promote_panels = [*Page.promote_panels, FieldPanel("tags")]
    # How results of this type are shown and weighted in the site search (search.registry).
    search_type_key = "guide"
    search_type_label = _("Gids")
    search_weight = 1.0

    def search_date(self):
        return self.last_reviewed or self.last_published_at

    settings_panels = [
        MultiFieldPanel(
            [FieldPanel("last_reviewed"), FieldPanel("review_by"), FieldPanel("content_owner")],
            _("Actualiteit"),
        ),
        *Page.settings_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.RelatedFields("topic", [index.SearchField("title"), index.FilterField("slug")]),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.FilterField("topic"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("summary", writable=True),
        APIField("topic", serializer=TopicField()),
        APIField("body", writable=True),
        APIField("tags", serializer=TagsField()),
        APIField("reading_time"),
        APIField("last_reviewed", writable=True),
        APIField("review_by", writable=True),
        APIField("content_owner", serializer=PersonNameField()),
        APIField("related_guides", serializer=RelatedGuidesField()),
    ]

    # wagtail-localize: facts about the guide stay in sync with the Dutch original; tags are
    # words readers search with, so each language keeps its own (neither synced nor segmented).
    override_translatable_fields = [
        SynchronizedField("last_reviewed", overridable=False),
        SynchronizedField("review_by", overridable=False),
        SynchronizedField("content_owner", overridable=False),
        SynchronizedField("related_guide_links", overridable=False),
        BaseTranslatableField("tags"),
        BaseTranslatableField("tagged_items"),
    ]

    parent_page_types = ["guides.TopicPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("gids")
        verbose_name_plural = _("gidsen")

    def clean(self):
        super().clean()
        if self.last_reviewed and self.review_by and self.review_by <= self.last_reviewed:
            raise ValidationError(
                {"review_by": _("Deze datum moet na de datum van de laatste controle liggen.")}
            )

    def save(self, *args, **kwargs):
        self.reading_time = self.compute_reading_time()
        self.topic = self.topic_from_tree()
        return super().save(*args, **kwargs)

    def topic_from_tree(self):
        if not self.path:
            return self.topic
        parent = self.get_parent()
        if parent is None or parent.specific_class is not TopicPage:
            return None
        return parent.specific

    def compute_reading_time(self):
        text = " ".join(self.body.stream_block.get_searchable_content(self.body))
        words = len(f"{self.summary} {text}".split())
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    @property
    def related_guides(self):
        """The related guides in this guide's language (links are kept in sync with the Dutch
        original, so a translation finds the translations of the guides linked there)."""
        if hasattr(self, "_prefetched_related_guides"):  # set by guides.api.prefetch_related_guides
            return self._prefetched_related_guides
        if self.pk and "related_guide_links" not in getattr(self, "_cluster_related_objects", {}):
            return self.stored_related_guides()
        # A preview: the links are the editor's, not yet saved.
        ids = [link.guide_id for link in self.related_guide_links.all() if link.guide_id]
        key_of = dict(GuidePage.objects.filter(id__in=ids).values_list("id", "translation_key"))
        keys = [key_of[guide_id] for guide_id in ids if guide_id in key_of]
        by_key = {guide.translation_key: guide for guide in self.visible_guides(keys)}
        return [by_key[key] for key in keys if key in by_key]

    def visible_guides(self, keys):
        return (
            GuidePage.objects.live()
            .public()
            .filter(translation_key__in=keys, locale_id=self.locale_id)
            .select_related("topic")
            .defer_streamfields()
        )

    def stored_related_guides(self):
        """The saved links' guides, in one query: each guide of this language whose Dutch
        original (or itself) is linked, in the links' order."""
        links = GuideRelatedLink.objects.filter(page_id=self.pk)
        keys = links.values("guide__translation_key")
        first_link = links.filter(guide__translation_key=models.OuterRef("translation_key"))
        position = models.Subquery(first_link.order_by("sort_order").values("sort_order")[:1])
        return list(
            self.visible_guides(keys)
            .annotate(link_position=position)
            .order_by("link_position", "path")
        )

    def table_of_contents(self):
        return [
            {"id": f"h-{block.id}", "text": block.value["text"]}
            for block in self.body
            if block.block_type == "heading" and block.value["level"] == "h2"
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_guides"] = SimpleLazyObject(lambda: self.related_guides)
        context["table_of_contents"] = SimpleLazyObject(self.table_of_contents)
        return context


class GuideRelatedLink(Orderable):
    page = ParentalKey(GuidePage, related_name="related_guide_links", on_delete=models.CASCADE)
    guide = models.ForeignKey(
        GuidePage,
        verbose_name=_("gids"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("guide", page_type="guides.GuidePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("gerelateerde gids")
        verbose_name_plural = _("gerelateerde gidsen")

    def clean(self):
        super().clean()
        if self.guide_id and self.guide_id == self.page_id:
            raise ValidationError({"guide": _("Een gids kan niet naar zichzelf verwijzen.")})
