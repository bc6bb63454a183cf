"""Ranking on OpenSearch, from the readers' index (opensearch_index): pages and files of one
language, each weighted by its page type from the search registry.

The score of a document, best first:
- whole words across the fields (cross_fields: each word counts once, in its best field; more
  of the question covered ranks higher), title ^6, keywords ^3, headings and summary ^2.5, body;
- the same words as phrases (slop 3) in title, headings, summary and body: proximity counts;
- the parts of Dutch compounds in the `parts` sub-fields, weighted well below whole words, so
  "gemeenteraadsverkiezingen" finds "verkiezingen" without pulling every election page up;
- typo path: a word the index does not know is matched fuzzily and by its correction, both
  weighted low; a known word is never fuzzed, so a look-alike never outranks an exact match;
- the whole multiplied by the type's weight (a guide answers; a topic or the home page is a
  signpost). Synonyms come from the search analyzer (synonym_graph, editors' groups).
"""

from datetime import date

from django.utils.html import escape
from django.utils.safestring import mark_safe
from opensearchpy.exceptions import OpenSearchException

from ..analysis import is_stop_word, words
from ..results import Hit, attach_pages, paginate
from .opensearch_index import alias, client
from .postgres_index import part_words

UNAVAILABLE = (OpenSearchException,)
WHOLE_FIELDS = ["title^6", "keywords^3", "headings^2.5", "summary^2.5", "body"]
PHRASE_FIELDS = ["title^4", "headings^2", "summary^2", "body"]
PART_FIELDS = ["title.parts^3", "keywords.parts^1.5", "summary.parts", "body.parts^0.4"]
FUZZY_FIELDS = ["title^3", "keywords^2", "summary", "body^0.5"]
HIGHLIGHT_FIELDS = ["summary", "body"]
PHRASE_BOOST = 0.6
# A compound's parts count once as a group (like the database engines' word groups), and a
# little more each on their own.
PART_BOOST = 0.5
SPLIT_PART_BOOST = 0.1
ALL_WORDS_BOOST = 0.3
CORRECTION_BOOST = 0.6
FUZZY_BOOST = 0.15
DEFAULT_LIMIT = 500
SOURCE_FIELDS = ["page_id", "file_id", "topic_slug", "topic_name", "type_key", "date", "summary"]


def typo_words(parsed):
    """The words only the typo path matches: unknown to the index, with their corrections."""
    unknown = list(parsed.unknown_words)
    corrections = [parsed.corrections[w] for w in unknown if w in parsed.corrections]
    return unknown, corrections


def parts_text(parsed):
    """The reader's words with the parts of Dutch compounds as words of their own, so each part
    counts on its own (the decompounder puts parts at the compound's position, where they would
    count as one word)."""
    found = []
    for word in words(parsed.text):
        if is_stop_word(word, parsed.language):
            continue
        found.append(word)
        if parsed.language == "nl":
            found.extend(part_words(word))
    return " ".join(found) or parsed.text


def build_query(parsed):
    text = parsed.text
    should = [
        {
            "multi_match": {
                "query": text,
                "type": "cross_fields",
                "fields": WHOLE_FIELDS,
                "tie_breaker": 0.2,
            }
        },
        {
            "multi_match": {
                "query": text,
                "type": "cross_fields",
                "fields": WHOLE_FIELDS,
                "operator": "and",
                "boost": ALL_WORDS_BOOST,
            }
        },
        {
            "multi_match": {
                "query": text,
                "type": "phrase",
                "slop": 3,
                "fields": PHRASE_FIELDS,
                "boost": PHRASE_BOOST,
            }
        },
        {
            "multi_match": {
                "query": text,
                "type": "cross_fields",
                "fields": PART_FIELDS,
                "boost": PART_BOOST,
            }
        },
        {
            "multi_match": {
                "query": parts_text(parsed),
                "type": "cross_fields",
                "fields": PART_FIELDS,
                "boost": SPLIT_PART_BOOST,
            }
        },
    ]
    unknown, corrections = typo_words(parsed)
    if corrections:
        should.append(
            {
                "multi_match": {
                    "query": " ".join(corrections),
                    "type": "cross_fields",
                    "fields": WHOLE_FIELDS,
                    "boost": CORRECTION_BOOST,
                }
            }
        )
    uncorrected = [word for word in unknown if word not in parsed.corrections]
    if uncorrected:
        # Fuzzy only where no correction was found: expansions can hit rare look-alikes whose
        # idf would outweigh the corrected word.
        should.append(
            {
                "multi_match": {
                    "query": " ".join(uncorrected),
                    "fields": FUZZY_FIELDS,
                    "fuzziness": "AUTO",
                    "prefix_length": 1,
                    "max_expansions": 20,
                    "boost": FUZZY_BOOST,
                }
            }
        )
    return {
        "function_score": {
            "query": {"bool": {"should": should, "minimum_should_match": 1}},
            "field_value_factor": {"field": "boost", "missing": 1},
            "boost_mode": "multiply",
        }
    }


def filters(topic=None, type_key=None):
    found = {}
    if topic:
        found["topic"] = {"term": {"topic_slug": topic}}
    if type_key:
        found["type"] = {"term": {"type_key": type_key}}
    return found


def facet(field, applied):
    """Counts of a field's values under the other facet's filter (never its own)."""
    terms = {"terms": {"field": field, "size": 100}}
    return {"filter": {"bool": {"filter": applied}}, "aggs": {"values": terms}}


def build_body(request, parsed):
    applied = filters(request.topic, request.result_type)
    highlight_text = " ".join([parsed.text, *typo_words(parsed)[1]])
    return {
        "query": build_query(parsed),
        "post_filter": {"bool": {"filter": list(applied.values())}},
        "from": (request.page - 1) * request.per_page,
        "size": request.per_page,
        "track_total_hits": True,
        "_source": [
            "page_id",
            "file_id",
            "topic_slug",
            "topic_name",
            "type_key",
            "date",
            "summary",
        ],
        "aggs": {
            "topics": facet("topic_slug", [v for k, v in applied.items() if k != "topic"]),
            "types": facet("type_key", [v for k, v in applied.items() if k != "type"]),
        },
        "highlight": {
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "encoder": "html",
            "require_field_match": False,
            "number_of_fragments": 1,
            "fragment_size": 220,
            "no_match_size": 0,
            "fields": {name: {} for name in HIGHLIGHT_FIELDS},
            "highlight_query": {
                "multi_match": {"query": highlight_text, "fields": HIGHLIGHT_FIELDS}
            },
        },
    }


def search(request, parsed, locale, response):
    body = build_body(request, parsed)
    result = client().search(index=alias(parsed.language), body=body)
    total = result["hits"]["total"]["value"]
    last_page = max(1, -(-total // request.per_page))
    if request.page > last_page:
        request.page = last_page
        return search(request, parsed, locale, response)
    return to_response(result, request, response)


def buckets(result, name):
    return {b["key"]: b["doc_count"] for b in result["aggregations"][name]["values"]["buckets"]}


def to_response(result, request, response):
    topics = set(response.topic_names)
    response.facets = {k: n for k, n in buckets(result, "topics").items() if k in topics}
    response.types = buckets(result, "types")
    response.backend = "opensearch"
    paginate(response, result["hits"]["total"]["value"], request)
    hits = []
    for item in result["hits"]["hits"]:
        found = item["_source"]
        hits.append(
            Hit(
                page_id=found.get("page_id"),
                file_id=found.get("file_id"),
                snippet=best_highlight(item) or escape(found.get("summary") or ""),
                topic_slug=found.get("topic_slug") or "",
                topic_name=found.get("topic_name") or "",
                type_key=found.get("type_key") or "",
                date=parse_date(found.get("date")),
            )
        )
    response.hits = attach_pages(hits)
    return response


def parse_date(value):
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def best_highlight(item):
    found = item.get("highlight", {})
    for name in HIGHLIGHT_FIELDS:
        if found.get(name):
            return mark_safe(found[name][0])
    return ""


def ranked_page_ids(parsed, locale, limit=DEFAULT_LIMIT):
    """Page ids only, best first, without highlights or counts (the pages API's ?search=)."""
    body = {
        "query": {
            "bool": {
                "must": [build_query(parsed)],
                "filter": [{"exists": {"field": "page_id"}}],
            }
        },
        "size": limit,
        "_source": ["page_id"],
    }
    result = client().search(index=alias(parsed.language), body=body)
    return [item["_source"]["page_id"] for item in result["hits"]["hits"]]
