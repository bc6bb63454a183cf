"""How an image appears in the API: a ready-made rendition per size a front end needs.

API listings fetch every image (and document) their pages' blocks use in one query, with
their renditions, through `prefetched_media`; blocks and fields then look images up there
instead of querying once per page.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Length, Substr
from typing_extensions import TypedDict
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock as _DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock as _ImageChooserBlock
from wagtail.models import Collection, CollectionViewRestriction

from . import request_memo

RENDITION_SPECS = {
    "small": "max-480x480|format-webp",
    "medium": "max-960x960|format-webp",
    "large": "max-1920x1920|format-webp",
}
DEFAULT_SIZE = "medium"

_prefetched = ContextVar("prefetched_media", default=None)


class RenditionRepresentation(TypedDict):
    url: str
    width: int
    height: int
    alt: str


class RenditionSizes(TypedDict):
    small: RenditionRepresentation
    medium: RenditionRepresentation
    large: RenditionRepresentation


class ImageRepresentation(RenditionRepresentation):
    id: int
    renditions: RenditionSizes


def rendition_api_representation(rendition, alt) -> RenditionRepresentation:
    return {
        "url": rendition.full_url,
        "width": rendition.width,
        "height": rendition.height,
        "alt": alt,
    }


def image_api_representation(image, alt=None) -> ImageRepresentation | None:
    """`url`, `width`, `height` and `alt` of the default size, plus every size by name."""
    if image is None:
        return None
    image = prefetched_instance(type(image), image.pk) or image
    alt = alt if alt is not None else getattr(image, "default_alt_text", "") or image.title
    renditions = image.get_renditions(*RENDITION_SPECS.values())
    sizes = {
        name: rendition_api_representation(renditions[spec], alt)
        for name, spec in RENDITION_SPECS.items()
    }
    return {"id": image.id, **sizes[DEFAULT_SIZE], "renditions": sizes}


def prefetched_instance(model, pk):
    """The instance of `model` fetched in advance for this request, if any."""
    cache = _prefetched.get()
    if cache is None:
        return None
    return cache.get(model._meta.label, {}).get(pk)


def bulk_instances(model, ids):
    """`{pk: instance}` for `ids`, from this request's prefetched media where possible."""
    cache = _prefetched.get() or {}
    known = cache.get(model._meta.label, {})
    missing = [pk for pk in ids if pk not in known]
    found = {pk: known[pk] for pk in ids if pk in known}
    if missing:
        found.update(media_queryset(model).in_bulk(missing))
    return found


def media_queryset(model):
    """The images or documents of `model`; each document knows whether a view restriction
    lies on its collection or one above it (`in_restricted_collection`), in the same query."""
    if model is not get_document_model():
        return model.objects.all()
    restriction_above = CollectionViewRestriction.objects.annotate(
        prefix=Substr(OuterRef("collection__path"), 1, Length("collection__path"))
    ).filter(prefix=F("collection__path"))
    return model.objects.annotate(in_restricted_collection=Exists(restriction_above))


RESTRICTED_COLLECTIONS = "restricted collections"


def restricted_collection_ids():
    """Collections under a view restriction, with those below them: once per prefetched
    block or read request (one query when nothing is restricted), else on each call."""
    cache = _prefetched.get()
    if cache is None:
        return request_memo.memoized(RESTRICTED_COLLECTIONS, _restricted_collection_ids)
    if RESTRICTED_COLLECTIONS not in cache:
        cache[RESTRICTED_COLLECTIONS] = _restricted_collection_ids()
    return cache[RESTRICTED_COLLECTIONS]


def _restricted_collection_ids():
    paths = list(CollectionViewRestriction.objects.values_list("collection__path", flat=True))
    found = set()
    if paths:
        under = Q()
        for path in paths:
            under |= Q(path__startswith=path)
        found = set(Collection.objects.filter(under).values_list("id", flat=True))
    return found


@contextmanager
def prefetched_media(images=(), documents=()):
    """Within this block, the given images (with their renditions) and documents come from
    two queries instead of one per page."""
    image_model, document_model = get_image_model(), get_document_model()
    cache = {
        image_model._meta.label: (
            image_model.objects.prefetch_related("renditions").in_bulk(set(images))
            if images
            else {}
        ),
        document_model._meta.label: (
            media_queryset(document_model).in_bulk(set(documents)) if documents else {}
        ),
    }
    token = _prefetched.set(cache)
    try:
        yield cache
    finally:
        _prefetched.reset(token)


class _PrefetchingChooserMixin:
    """A chooser block that takes its instances from the request's prefetched media. It
    stores and migrates exactly like the Wagtail block it extends."""

    @property
    def canonical_module_path(self):
        base = type(self).__mro__[2]
        return f"{base.__module__}.{base.__name__}"

    def bulk_to_python(self, values):
        found = bulk_instances(self.model_class, [pk for pk in values if pk is not None])
        return [found.get(pk) for pk in values]


class ImageChooserBlock(_PrefetchingChooserMixin, _ImageChooserBlock):
    pass


class DocumentChooserBlock(_PrefetchingChooserMixin, _DocumentChooserBlock):
    pass
