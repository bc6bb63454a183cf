"""Everything a page of API results shows, fetched in a fixed number of queries however many
pages and blocks it holds: each app's relations and prefetches (its `api.py`), the
translations of every page, and the media in every StreamField."""

from collections import defaultdict

from django.db.models import Q
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Page

from core.renditions import DocumentChooserBlock, ImageChooserBlock
from guides import api as guides_api
from trainings import api as trainings_api

# Each content app's API-side queries, by model (one line per app).
APP_QUERIES = [guides_api, trainings_api]


def _by_model(attribute):
    found = {}
    for app in APP_QUERIES:
        found.update(getattr(app, attribute))
    return found


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


def prefetch_translations(pages, visible=None):
    """The live translations of `pages` that the reader may see (`visible`: the pages the
    endpoint shows this request; by default every public page), and in the same query each
    page's parent where the reader may see it (the v2 `parent` field)."""
    keys = {page.translation_key for page in pages}
    if not keys:
        return
    parent_paths = {page.path[: -page.steplen] for page in pages if page.depth > 1}
    versions = defaultdict(dict)
    visible = Page.objects.live().public() if visible is None else visible
    wanted = Q(translation_key__in=keys) | Q(path__in=parent_paths)
    others = visible.filter(wanted).select_related("locale").defer_streamfields()
    by_path = {}
    for other in others:
        by_path[other.path] = other
        if other.translation_key in keys:
            versions[other.translation_key][other.locale.language_code] = other
    for page in pages:
        page._prefetched_translations = versions[page.translation_key]
        page._prefetched_visible_parent = by_path.get(page.path[: -page.steplen])


def prefetch_for_api(pages, visible=None):
    """Fetch in bulk what the API shows of `pages` (specific page instances); returns the
    media ids to pass to `core.renditions.prefetched_media`."""
    pages = [page for page in pages if page is not None]
    prefetch_translations(pages, visible)
    for model, prefetch in _by_model("PREFETCH").items():
        of_model = [page for page in pages if isinstance(page, model)]
        if of_model:
            prefetch(of_model)
    return media_ids(pages)


def with_related(queryset):
    """Join the one-to-one relations the API shows of each page of `queryset`'s model."""
    related = ["locale"]
    for model, names in _by_model("SELECT_RELATED").items():
        if issubclass(queryset.model, model):
            related += names
            break
    return queryset.select_related(*related)
