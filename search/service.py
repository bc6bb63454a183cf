"""The one query service behind the search page and the search API.

It validates the request, parses the reader's words, asks OpenSearch when SEARCH_URL is set
(falling back to the database backend when the node is down or slow) and returns a
SearchResponse with live, public pages only.
"""

import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from wagtail.models import Locale

from .analysis import language_of
from .engines import opensearch, postgres, sqlite
from .models import SearchDocument
from .query import clean_query, parse
from .registry import types_by_key
from .results import SearchResponse, attach_pages, paginate
from .vocabulary import vocabulary

logger = logging.getLogger("search")
PER_PAGE = 10
MAX_PAGE = 1000
# After a failure the node gets a rest, so readers do not each wait for its timeout.
RETRY_AFTER_SECONDS = 30
_node_down_until = [0.0]


class SearchInputError(ValueError):
    """A request the service cannot answer (unknown topic or locale)."""

    def __init__(self, field, message):
        super().__init__(message)
        self.field = field


@dataclass
class SearchRequest:
    text: str
    language_code: str = "nl"
    topic: str | None = None
    page: int = 1
    per_page: int = PER_PAGE
    result_type: str | None = None

    @classmethod
    def from_raw(cls, q, language_code, topic=None, page=1, per_page=PER_PAGE, result_type=None):
        try:
            number = min(max(int(page or 1), 1), MAX_PAGE)
        except (TypeError, ValueError):
            number = 1
        return cls(
            clean_query(q),
            language_code or "nl",
            (topic or "").strip() or None,
            number,
            per_page,
            (result_type or "").strip() or None,
        )


def locale_for(language_code):
    locale = Locale.objects.filter(language_code=language_code).first()
    if locale is None:
        raise SearchInputError("locale", f"Onbekende taal: {language_code[:50]}")
    return locale


def topics_for(locale):
    from guides.models import TopicPage

    topics = TopicPage.objects.live().public().filter(locale=locale)
    return list(topics.values_list("id", "slug", "title"))


def node_resting():
    """True while the node rests after a failure (searches go to the database)."""
    return time.monotonic() < _node_down_until[0]


def reset_node_state():
    _node_down_until[0] = 0.0


def opensearch_enabled():
    return bool(getattr(settings, "SEARCH_URL", None))


def search(request):
    """A SearchResponse for a SearchRequest; raises SearchInputError for an unknown topic/locale."""
    locale = locale_for(request.language_code)
    topics = topics_for(locale)
    topic_names = {slug: title for _, slug, title in topics}
    if request.topic and request.topic not in topic_names:
        raise SearchInputError("topic", f"Onbekend onderwerp: {request.topic[:50]}")
    if request.result_type and request.result_type not in types_by_key():
        raise SearchInputError("type", f"Onbekend type: {request.result_type[:50]}")
    response = SearchResponse(
        query=request.text,
        topic_names=topic_names,
        topic_ids={topic_id: slug for topic_id, slug, _ in topics},
    )
    if not request.text:
        return response
    language = language_of(locale.language_code)
    vocab = vocabulary(language)
    parsed = parse(request.text, language, vocab)
    response.suggestion = parsed.suggestion
    if parsed.is_empty:
        return response
    if opensearch_enabled() and not node_resting():
        try:
            return opensearch.search(request, parsed, locale, response)
        except opensearch.UNAVAILABLE as error:
            _node_down_until[0] = time.monotonic() + RETRY_AFTER_SECONDS
            logger.warning(
                "OpenSearch unavailable, answering from the database for %s s: %s",
                RETRY_AFTER_SECONDS,
                error,
            )
    return database_search(request, parsed, language, vocab, response)


MAX_RANKED_PAGES = 500


def ranked_page_ids(text, language_code, limit=MAX_RANKED_PAGES):
    """The ids of the live, public pages of one locale that match a reader's words, best first
    (the same analysis and ranking as the search page, for the pages API's ?search=)."""
    locale = locale_for(language_code)
    language = language_of(locale.language_code)
    vocab = vocabulary(language)
    parsed = parse(clean_query(text), language, vocab)
    if parsed.is_empty:
        return []
    if opensearch_enabled() and not node_resting():
        try:
            return opensearch.ranked_page_ids(parsed, locale, limit)
        except opensearch.UNAVAILABLE as error:
            _node_down_until[0] = time.monotonic() + RETRY_AFTER_SECONDS
            logger.warning("OpenSearch unavailable, ranking pages from the database: %s", error)
    ranking = database_ranking(parsed, language, vocab)
    page_of = dict(
        SearchDocument.objects.filter(id__in=ranking.ids, page__isnull=False).values_list(
            "id", "page_id"
        )
    )
    return [page_of[i] for i in ranking.ids if i in page_of][:limit]


def database_engine():
    """PostgreSQL ranks with its own full-text search; SQLite with the project's index."""
    return postgres if connection.vendor == "postgresql" else sqlite


def database_ranking(parsed, language, vocab, topic=None, type_key=None):
    return database_engine().rank(parsed, language, vocab, topic=topic, type_key=type_key)


def database_search(request, parsed, language, vocab, response):
    ranking = database_ranking(
        parsed, language, vocab, topic=request.topic, type_key=request.result_type
    )
    response.facets = ranking.facets
    response.types = ranking.type_facets
    paginate(response, len(ranking.ids), request)
    start = (response.page_number - 1) * request.per_page
    ids = ranking.ids[start : start + request.per_page]
    response.hits = attach_pages(database_engine().hits_for(ids, parsed, language))
    return response


__all__ = [
    "SearchInputError",
    "SearchRequest",
    "attach_pages",
    "database_search",
    "locale_for",
    "paginate",
    "ranked_page_ids",
    "search",
]
