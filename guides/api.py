"""API support for guides: the `?topic=<slug>` filter and fetching, in a fixed number of
queries, everything a page of API results shows (media in blocks, tags, related guides,
translations)."""

from collections import defaultdict

from django.db.models import prefetch_related_objects
from rest_framework.filters import BaseFilterBackend
from wagtail import blocks
from wagtail.api.v2.utils import BadRequestError
from wagtail.fields import StreamField
from wagtail.models import Page

from home.site_api import LocaleAPIView

from .models import GuidePage, TopicPage, with_guide_counts
from .renditions import DocumentChooserBlock, ImageChooserBlock, image_api_representation


class TopicFilter(BaseFilterBackend):
    """`?topic=<slug>`: only guides under that topic. An unknown slug is a 400, so a typo in a
    front end shows up at once instead of as an empty list."""

    parameter = "topic"

    def filter_queryset(self, request, queryset, view):
        slug = request.GET.get(self.parameter)
        if slug is None:
            return queryset
        topics = TopicPage.objects.filter(slug=slug)
        if not topics.exists():
            raise BadRequestError(f"unknown topic: {slug[:100]!r}")
        guide_ids = GuidePage.objects.filter(topic__in=topics).values("pk")
        return queryset.filter(pk__in=guide_ids)


def collect_media(block, raw, found):
    """Add the ids of the images and documents in a raw block value to `found`."""
    if raw is None:
        return
    if isinstance(block, ImageChooserBlock):
        found["images"].add(raw)
    elif isinstance(block, DocumentChooserBlock):
        found["documents"].add(raw)
    elif isinstance(block, blocks.StreamBlock):
        for item in raw:
            child = block.child_blocks.get(item.get("type"))
            if child is not None:
                collect_media(child, item.get("value"), found)
    elif isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        for name, child in block.child_blocks.items():
            collect_media(child, raw.get(name), found)
    elif isinstance(block, blocks.ListBlock):
        for item in raw:
            is_wrapped = isinstance(item, dict) and item.get("type") == "item"
            collect_media(block.child_block, item["value"] if is_wrapped else item, found)


def media_ids(pages):
    """{"images": ids, "documents": ids} used in the StreamFields of `pages`."""
    found = {"images": set(), "documents": set()}
    for page in pages:
        for field in page._meta.concrete_fields:
            if isinstance(field, StreamField):
                value = getattr(page, field.attname)
                collect_media(field.stream_block, list(value.raw_data), found)
    return found


def prefetch_translations(pages):
    keys = {page.translation_key for page in pages}
    if not keys:
        return
    versions = defaultdict(dict)
    others = (
        Page.objects.filter(translation_key__in=keys)
        .live()
        .public()
        .select_related("locale")
        .defer_streamfields()
    )
    for other in others:
        versions[other.translation_key][other.locale.language_code] = other
    for page in pages:
        page._prefetched_translations = versions[page.translation_key]


def prefetch_related_guides(guides):
    prefetch_related_objects(guides, "related_guide_links")
    ids = {link.guide_id for guide in guides for link in guide.related_guide_links.all()}
    key_of = dict(GuidePage.objects.filter(id__in=ids).values_list("id", "translation_key"))
    candidates = (
        GuidePage.objects.live()
        .public()
        .filter(translation_key__in=set(key_of.values()))
        .select_related("topic")
        .defer_streamfields()
    )
    by_locale_key = {(guide.locale_id, guide.translation_key): guide for guide in candidates}
    for guide in guides:
        keys = [key_of.get(link.guide_id) for link in guide.related_guide_links.all()]
        guide._prefetched_related_guides = [
            by_locale_key[(guide.locale_id, key)]
            for key in keys
            if (guide.locale_id, key) in by_locale_key
        ]


def prefetch_for_api(pages):
    """Fetch in bulk what the API shows of `pages` (specific page instances); returns the
    media ids to pass to `renditions.prefetched_media`."""
    pages = [page for page in pages if page is not None]
    prefetch_translations(pages)
    guides = [page for page in pages if isinstance(page, GuidePage)]
    if guides:
        prefetch_related_objects(guides, "tagged_items__tag")
        prefetch_related_guides(guides)
    topics = [page for page in pages if isinstance(page, TopicPage)]
    if topics:
        prefetch_related_objects(topics, "image__renditions")
        with_guide_counts(topics)
    return media_ids(pages)


def with_related(queryset):
    """Join the one-to-one relations the API shows of each page of `queryset`'s model."""
    related = ["locale"]
    if issubclass(queryset.model, GuidePage):
        related += ["topic", "content_owner"]
    elif issubclass(queryset.model, TopicPage):
        related += ["image"]
    return queryset.select_related(*related)


class TopicsView(LocaleAPIView):
    """`/api/v2/topics/?locale=`: every topic with its number of published guides."""

    def get_data(self, request, locale):
        topics = with_guide_counts(
            TopicPage.objects.live()
            .public()
            .filter(locale=locale)
            .select_related("image")
            .prefetch_related("image__renditions")
            .order_by("path")
        )
        items = [
            {
                "id": topic.id,
                "slug": topic.slug,
                "name": topic.title,
                "intro": topic.intro,
                "url": topic.get_full_url(request),
                "guide_count": topic.guide_count,
                "image": image_api_representation(topic.image),
            }
            for topic in topics
        ]
        return {"meta": {"total_count": len(items)}, "items": items}
