"""What a search returns, shared by the HTML page and the API, and the helpers every engine
uses to build it: idf, paging, attaching the pages and files found."""

import math
from dataclasses import dataclass, field

from wagtail.documents import get_document_model
from wagtail.models import Page

from .registry import label_for_key
from .visibility import restricted_collection_ids


@dataclass
class Ranking:
    ids: list
    facets: dict
    type_facets: dict = field(default_factory=dict)


@dataclass
class Hit:
    """A found page (page_id) or downloadable file (file_id), with its highlighted snippet."""

    page_id: int | None
    snippet: str
    topic_slug: str = ""
    topic_name: str = ""
    page: object = None
    file_id: int | None = None
    file: object = None
    type_key: str = ""
    date: object = None

    @property
    def type_label(self):
        """The result's type as readers see it (search.registry), in the active language."""
        return label_for_key(self.type_key) if self.type_key else ""

    @property
    def is_file(self):
        return self.file_id is not None


@dataclass
class SearchResponse:
    query: str
    count: int = 0
    hits: list = field(default_factory=list)
    facets: dict = field(default_factory=dict)
    topic_names: dict = field(default_factory=dict)
    topic_ids: dict = field(default_factory=dict)
    types: dict = field(default_factory=dict)
    suggestion: str | None = None
    page_number: int = 1
    num_pages: int = 1
    backend: str = "database"

    @property
    def has_previous(self):
        return self.page_number > 1

    @property
    def has_next(self):
        return self.page_number < self.num_pages

    @property
    def topic_facets(self):
        """[(slug, name, count)] by count, then name."""
        items = [(slug, self.topic_names.get(slug, slug), n) for slug, n in self.facets.items()]
        return sorted(items, key=lambda item: (-item[2], item[1]))

    @property
    def type_facets(self):
        """[(type key, label, count)] by count, then label (labels in the active language)."""
        items = [(key, label_for_key(key), n) for key, n in self.types.items()]
        return sorted(items, key=lambda item: (-item[2], item[1]))


def idf(total, frequency):
    """BM25's inverse document frequency: rare terms count more (never below zero)."""
    return math.log(1 + (total - frequency + 0.5) / (frequency + 0.5))


def paginate(response, count, request):
    response.count = count
    response.num_pages = max(1, math.ceil(count / request.per_page))
    response.page_number = min(request.page, response.num_pages)


def attach_pages(hits):
    """Hits with their live, public page (not specific: title, URL and type are enough) or
    their file outside a restricted collection; hits whose target is gone are dropped."""
    page_ids = [hit.page_id for hit in hits if not hit.is_file]
    file_ids = [hit.file_id for hit in hits if hit.is_file]
    pages = Page.objects.live().public().in_bulk(page_ids) if page_ids else {}
    files = {}
    if file_ids:
        files = (
            get_document_model()
            .objects.exclude(collection_id__in=restricted_collection_ids())
            .in_bulk(file_ids)
        )
    kept = []
    for hit in hits:
        if hit.is_file:
            hit.file = files.get(hit.file_id)
        else:
            hit.page = pages.get(hit.page_id)
        if hit.page is not None or hit.file is not None:
            kept.append(hit)
    return kept
