"""Ranking on OpenSearch, from the readers' index (opensearch_index): pages and files of one
language, each weighted by its page type from the search registry.

The score of a document, best first (the embedded engine's BM25F, computed by OpenSearch):
- per word of the question, the best of its alternatives from search.query (stem 1.0, synonym
  0.8, correction 0.9, compound part 0.6, prefix 0.5), scored by BM25 on `terms`, the
  postings repeated by their weighted frequencies over title, keywords, headings, summary and
  body (see opensearch_index): a title match helps, but the text that is about the question
  counts as much as it does on the embedded engine; words' scores are added;
- × (1 + the share of the question's words matched), squared: covering the question counts;
- plus the words as phrases (slop 3) in title, headings, summary and body, small: proximity;
- typo path: a word neither known nor corrected is matched fuzzily, weighted low; a known word
  is never fuzzed, so a look-alike never outranks an exact match;
- the whole multiplied by the type's weight (a guide answers; a topic or the home page is a
  signpost). Editors' synonyms reach the phrases through the search analyzer (synonym_graph)
  and the words through search.query.
"""

from datetime import date

from django.utils.html import escape
from django.utils.safestring import mark_safe
from opensearchpy.exceptions import OpenSearchException

from ..results import Hit, attach_pages, paginate
from .database import RELATIVE_CUTOFF
from .opensearch_index import alias, client

UNAVAILABLE = (OpenSearchException,)
PHRASE_FIELDS = ["title^4", "headings^2", "summary^2", "body"]
FUZZY_FIELDS = ["title^3", "keywords^2", "summary", "body^0.5"]
HIGHLIGHT_FIELDS = ["summary", "body"]
# Small: generated look-alike text repeats the site's phrases too (2,000 distractor guides
# cost the answers more with a phrase boost of 2 than with 0.3).
PHRASE_BOOST = 0.3
FUZZY_BOOST = 0.15
DEFAULT_LIMIT = 500
SOURCE_FIELDS = ["page_id", "file_id", "topic_slug", "topic_name", "type_key", "date", "summary"]


def typo_words(parsed):
    """The words only the typo path matches: unknown to the index, with their corrections."""
    unknown = list(parsed.unknown_words)
    corrections = [parsed.corrections[w] for w in unknown if w in parsed.corrections]
    return unknown, corrections


def group_clause(group):
    """The best of a word's alternatives (its stem, parts, prefixes, synonyms, correction)."""
    alternatives = [
        {"term": {"terms": {"value": term, "boost": weight}}} for term, weight in group.items()
    ]
    return {"dis_max": {"queries": alternatives}}


def coverage(query, groups):
    """The query's score × (1 + the share of the reader's words a document matches)."""
    functions = [{"weight": 1}]
    functions += [
        {"filter": {"terms": {"terms": sorted(group)}}, "weight": 1 / len(groups)}
        for group in groups
    ]
    return {
        "function_score": {
            "query": query,
            "functions": functions,
            "score_mode": "sum",
            "boost_mode": "multiply",
        }
    }


def text_clauses(parsed):
    """Phrases and typos, read from the whole-word text fields (with editors' synonyms)."""
    text = parsed.text
    should = [
        {
            "multi_match": {
                "query": text,
                "type": "phrase",
                "slop": 3,
                "fields": PHRASE_FIELDS,
                "boost": PHRASE_BOOST,
            }
        }
    ]
    unknown, _corrections = typo_words(parsed)
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
    return should


def build_query(parsed):
    groups = [group for group in parsed.groups if group]
    if not groups:
        return {"match_none": {}}
    should = [group_clause(group) for group in groups] + text_clauses(parsed)
    query = {"bool": {"should": should, "minimum_should_match": 1}}
    # Squared, as the embedded engine does: covering the whole question counts four times.
    query = coverage(coverage(query, groups), groups)
    return {
        "function_score": {
            "query": query,
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
    hits = result["hits"]["hits"]
    # The database engines' relative cut-off: weak matches (a common correction, one word of
    # many) are noise, and would push another language's answers off the API's first page.
    floor = (result["hits"]["max_score"] or 0) * RELATIVE_CUTOFF
    return [item["_source"]["page_id"] for item in hits if item["_score"] >= floor]
