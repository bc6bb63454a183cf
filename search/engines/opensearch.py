"""Ranking on OpenSearch: the indexes Wagtail's backend maintains for pages and files (Dutch
analysis, an English sub-field), queried directly, together, for OR-ranking, fuzzy matching,
highlights and topic counts."""

from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import mark_safe
from opensearchpy.exceptions import OpenSearchException
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction
from wagtail.search.backends import get_search_backend

from ..models import SearchDocument
from ..results import Hit, attach_pages, paginate
from ..visibility import restricted_collection_ids

UNAVAILABLE = (OpenSearchException,)
FIELDS = [
    "title^6",
    "guides_guidepage__summary^2",
    "guides_topicpage__search_terms^3",
    "guides_topicpage__intro",
    "description^2",
    "_all_text",
]
HIGHLIGHT_FIELDS = [
    "guides_guidepage__summary",
    "guides_guidepage__body",
    "guides_topicpage__intro",
    "home_standardpage__intro",
    "home_standardpage__body",
    "description",
]
MAX_SHOULD_PHRASES = 10


def fields_for(names, language):
    if language != "en":
        return names
    suffixed = []
    for name in names:
        field, _, boost = name.partition("^")
        suffixed.append(f"{field}.en" + (f"^{boost}" if boost else ""))
    return suffixed


_backends = {}


def indexes():
    """The backend (one client per configuration, so connections are reused) and the names of
    the page and file indexes."""
    key = repr(settings.WAGTAILSEARCH_BACKENDS.get("default"))
    if key not in _backends:
        backend = get_search_backend()
        _backends[key] = (
            backend,
            backend.get_index_for_model(Page).name,
            backend.get_index_for_model(get_document_model()).name,
        )
    return _backends[key]


def visible(locale, language):
    """Live pages of the locale outside view restrictions, and files in the locale's language
    outside restricted collections (each filter field exists in one index only)."""
    restricted_paths = PageViewRestriction.objects.values_list("page__path", flat=True)
    pages = {
        "bool": {
            "filter": [
                {"term": {"live_filter": True}},
                {"term": {"locale_id_filter": locale.id}},
                {"range": {"depth_filter": {"gt": 1}}},
            ],
            "must_not": [{"prefix": {"path_filter": path}} for path in restricted_paths],
        }
    }
    files = {
        "bool": {
            "filter": [{"term": {"language_filter": language}}],
            "must_not": [{"terms": {"collection_id_filter": sorted(restricted_collection_ids())}}],
        }
    }
    return {"bool": {"should": [pages, files], "minimum_should_match": 1}}


def build_query(parsed, locale):
    """OR-ranked matching on the analysed fields, fuzzy for typos, synonyms and corrections as
    extra phrases; only live pages of the locale, none under a view restriction."""
    fields = fields_for(FIELDS, parsed.language)
    should = [{"multi_match": {"query": parsed.text, "fields": fields, "operator": "or"}}]
    if parsed.unknown_words:
        # Fuzzy matching only for words the index does not know: cheaper, and known words
        # should not drift to look-alikes.
        should.append(
            {
                "multi_match": {
                    "query": " ".join(parsed.unknown_words),
                    "fields": fields,
                    "fuzziness": "AUTO",
                    "prefix_length": 1,
                    "max_expansions": 20,
                    "boost": 0.4,
                }
            }
        )
    extra = list(parsed.synonym_phrases) + list(parsed.corrections.values())
    for phrase in extra[:MAX_SHOULD_PHRASES]:
        should.append(
            {"multi_match": {"query": phrase, "fields": fields, "type": "phrase", "boost": 0.8}}
        )
    return {
        "bool": {
            "filter": [visible(locale, parsed.language)],
            "should": should,
            "minimum_should_match": 1,
        }
    }


def highlight_query(parsed):
    """Marks the reader's words, their synonyms and corrections (no fuzzy expansion: cheaper)."""
    fields = fields_for(HIGHLIGHT_FIELDS, parsed.language)
    texts = [parsed.text, *parsed.synonym_phrases, *parsed.corrections.values()]
    return {
        "bool": {
            "should": [
                {"multi_match": {"query": text, "fields": fields}}
                for text in texts[: MAX_SHOULD_PHRASES + 1]
            ]
        }
    }


def topic_filter(topic_id):
    """A topic's guides and the topic page itself."""
    return {
        "bool": {
            "should": [
                {"term": {"guides_guidepage__topic_id_filter": topic_id}},
                {"term": {"id_filter": topic_id}},
            ]
        }
    }


FILE_BOOST = 0.6


def build_body(request, parsed, locale, topic_ids, topic_id=None):
    """The search request: the topic filter applies after the facet counts (post_filter).
    Files count a little less than pages: short texts score high, and a guide explains more
    than its template."""
    _, _, files = indexes()
    return {
        "indices_boost": [{files: FILE_BOOST}],
        "query": build_query(parsed, locale),
        "post_filter": topic_filter(topic_id) if topic_id else {"match_all": {}},
        "from": (request.page - 1) * request.per_page,
        "size": request.per_page,
        "track_total_hits": True,
        "_source": False,
        "stored_fields": ["pk"],
        "aggs": {
            "guides": {"terms": {"field": "guides_guidepage__topic_id_filter", "size": 100}},
            "topics": {
                "filter": {"terms": {"id_filter": list(topic_ids)}},
                "aggs": {"ids": {"terms": {"field": "id_filter", "size": 100}}},
            },
        },
        "highlight": {
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "encoder": "html",
            "require_field_match": False,
            "number_of_fragments": 1,
            "fragment_size": 220,
            "fields": {name: {} for name in fields_for(HIGHLIGHT_FIELDS, parsed.language)},
            "highlight_query": highlight_query(parsed),
        },
    }


def search(request, parsed, locale, response):
    topics = response.topic_ids
    topic_id = next((i for i, slug in topics.items() if slug == request.topic), None)
    backend, pages, files = indexes()
    body = build_body(request, parsed, locale, topics, topic_id)
    # Pages and files live in two indexes: distributed term statistics make their scores
    # comparable, so a file can rank above a page.
    result = backend.es.search(
        index=f"{pages},{files}", body=body, params={"search_type": "dfs_query_then_fetch"}
    )
    total = result["hits"]["total"]["value"]
    last_page = max(1, -(-total // request.per_page))
    if request.page > last_page:
        request.page = last_page
        return search(request, parsed, locale, response)
    return to_response(result, request, topics, response)


def to_response(result, request, topics, response):
    facets = {}
    for bucket in result["aggregations"]["guides"]["buckets"]:
        slug = topics.get(bucket["key"])
        if slug:
            facets[slug] = facets.get(slug, 0) + bucket["doc_count"]
    for bucket in result["aggregations"]["topics"]["ids"]["buckets"]:
        slug = topics.get(bucket["key"])
        if slug:
            facets[slug] = facets.get(slug, 0) + bucket["doc_count"]
    response.facets = facets
    response.backend = "opensearch"
    paginate(response, result["hits"]["total"]["value"], request)
    _, _, files = indexes()
    hits = []
    for item in result["hits"]["hits"]:
        pk = int(item["fields"]["pk"][0])
        if item["_index"].startswith(files):
            hits.append(Hit(page_id=None, file_id=pk, snippet=best_highlight(item)))
        else:
            hits.append(Hit(page_id=pk, snippet=best_highlight(item)))
    response.hits = attach_pages(hits)
    documents = {
        d.page_id: d
        for d in SearchDocument.objects.filter(
            page_id__in=[hit.page_id for hit in hits if not hit.is_file]
        ).only("page_id", "topic_slug", "topic_name", "summary")
    }
    for hit in response.hits:
        if hit.is_file:
            hit.snippet = hit.snippet or escape(getattr(hit.file, "description", "") or "")
        else:
            fill_topic_and_snippet(hit, documents.get(hit.page_id))
    return response


def best_highlight(item):
    found = item.get("highlight", {})
    for name in HIGHLIGHT_FIELDS:
        for field in (name, f"{name}.en"):
            if found.get(field):
                return mark_safe(found[field][0])
    return ""


def fill_topic_and_snippet(hit, document):
    """Topic and fallback snippet from the page's search document (one query for all hits)."""
    if document is None:
        hit.snippet = hit.snippet or escape(getattr(hit.page, "summary", "") or "")
        return
    hit.topic_slug, hit.topic_name = document.topic_slug, document.topic_name
    if not hit.snippet:
        hit.snippet = escape(document.summary)


def ranked_page_ids(parsed, locale, limit):
    """Page ids only, best first, without highlights or counts (the pages API's ?search=)."""
    backend, pages, _ = indexes()
    body = {
        "query": build_query(parsed, locale),
        "size": limit,
        "_source": False,
        "stored_fields": ["pk"],
    }
    result = backend.es.search(index=pages, body=body)
    return [int(item["fields"]["pk"][0]) for item in result["hits"]["hits"]]
