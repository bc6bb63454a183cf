"""News: an index per language (/nieuws/, /en/news/) with dated items, paged, with RSS and Atom
feeds, and the newest items for the home page."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.api import ImageField
from core.blocks import StandardBodyBlock
from core.models import BasePage, intro_field
from core.pagination import reader_page
from guides.models import TopicPage

from .feeds import NewsAtomFeed, NewsRssFeed
from .serializers import LocalizedTopicsField

ITEMS_PER_PAGE = 12


class NewsIndexPage(RoutablePageMixin, BasePage):
    intro = intro_field()

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [*BasePage.api_fields, APIField("intro", writable=True)]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsItemPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("nieuwsoverzicht")
        verbose_name_plural = _("nieuwsoverzichten")

    @property
    def items(self):
        return (
            NewsItemPage.objects.child_of(self)
            .live()
            .public()
            .defer_streamfields()
            .order_by("-date", "-first_published_at")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["items"] = reader_page(self.items, request, ITEMS_PER_PAGE)
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("feed/", name="rss")
    def rss_feed(self, request):
        return NewsRssFeed(self)(request)

    @path("atom/", name="atom")
    def atom_feed(self, request):
        return NewsAtomFeed(self)(request)

    def get_cached_paths(self):
        return ["/", "/feed/", "/atom/"]


class NewsItemPage(BasePage):
    date = models.DateField(_("datum"), default=datetime.date.today)
    summary = models.TextField(
        _("samenvatting"),
        max_length=400,
        help_text=_("Eén of twee zinnen; verschijnt in overzichten, feeds en zoekresultaten."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(StandardBodyBlock(), verbose_name=_("inhoud"), blank=True)
    topics = ParentalManyToManyField(
        "guides.TopicPage", verbose_name=_("onderwerpen"), blank=True, related_name="+"
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("topics"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("date", writable=True),
        APIField("summary", writable=True),
        APIField("image", serializer=ImageField()),
        APIField("body", writable=True),
        APIField("localized_topics", serializer=LocalizedTopicsField()),
    ]
    override_translatable_fields = [
        SynchronizedField("date", overridable=False),
        SynchronizedField("topics", overridable=False),
        SynchronizedField("image"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("nieuwsbericht")
        verbose_name_plural = _("nieuwsberichten")
        ordering = ["-date"]

    @property
    def localized_topics(self):
        """The item's topics in its own language (topics are chosen on the Dutch original)."""
        topics = list(self.topics.all())
        if not topics:
            return []
        keys = [topic.translation_key for topic in topics]
        in_locale = {
            topic.translation_key: topic
            for topic in TopicPage.objects.live()
            .public()
            .filter(translation_key__in=keys, locale_id=self.locale_id)
        }
        return [in_locale[key] for key in keys if key in in_locale]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = self.localized_topics
        return context


def latest_news(locale, count=3):
    return list(
        NewsItemPage.objects.live()
        .public()
        .filter(locale=locale)
        .defer_streamfields()
        .order_by("-date", "-first_published_at")[:count]
    )
