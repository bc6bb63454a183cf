"""The readers' search index on OpenSearch: one index per language, holding exactly the
SearchDocuments the database engines rank (live, public pages and files, from the search
registry), kept in step as they change.

Ranking reads `terms`: the document's postings as the project's own analysis makes them (the
embedded engine's terms: stems, compound parts), each repeated by its weighted frequency over
all fields (title, topic and keywords, headings, summary, body). OpenSearch's BM25 on that one
field is BM25F: frequencies weighted and added before they saturate, so a title that repeats a
question's words cannot by itself outrank the page whose text is about it. The text fields
(title, keywords, headings, summary, body) are analysed as whole words, for phrases, typos and
highlights (compound parts are in `terms`, from the project's own analysis). Editors'
synonyms are a `synonym_graph` filter in their search analyzer: changing them updates the
index settings (close, update, open; nothing is reindexed, see update_synonyms).
Queries go to an alias, so a full rebuild fills a new index and swaps it in atomically.
"""

import contextlib
import logging
import time

from django.conf import settings
from opensearchpy.exceptions import NotFoundError, OpenSearchException
from opensearchpy.helpers import bulk
from wagtail.search.backends import get_search_backend

from ..analysis import words
from ..models import SearchDocument, Synonym
from .opensearch_terms import (
    TERMS_ANALYZER,
    TERMS_FIELD,
    TERMS_SIMILARITY,
    term_frequencies,
    terms_text,
)

logger = logging.getLogger("search")
LANGUAGES = ("nl", "en")
TEXT_FIELDS = ("title", "keywords", "headings", "summary", "body")
STEMMERS = {"nl": "dutch", "en": "english"}
STOP_WORDS = {"nl": "_dutch_", "en": "_english_"}
_clients = {}


def client():
    """Wagtail's OpenSearch client for the configured backend (one per configuration)."""
    key = repr(settings.WAGTAILSEARCH_BACKENDS.get("default"))
    if key not in _clients:
        _clients[key] = get_search_backend().es
    return _clients[key]


def alias(language):
    prefix = settings.WAGTAILSEARCH_BACKENDS.get("default", {}).get("INDEX_PREFIX", "")
    return f"{prefix}search_{language}"


def enabled():
    return bool(getattr(settings, "SEARCH_URL", None))


def synonym_rules(language):
    """Editors' synonym groups as Solr rules ("fusie, samengaan, samenvoegen")."""
    rules = []
    for group in Synonym.objects.filter(language=language):
        phrases = [" ".join(words(part)) for part in group.terms.split(",")]
        phrases = [phrase for phrase in dict.fromkeys(phrases) if phrase]
        if len(phrases) > 1:
            rules.append(", ".join(phrases))
    return rules


def synonym_filter(language):
    # An empty rule list is not accepted; a rule that maps a word to itself changes nothing.
    return {
        "type": "synonym_graph",
        "synonyms": synonym_rules(language) or ["kennispunt, kennispunt"],
        "lenient": True,
    }


def analysis(language):
    stemming = ["kp_stop", "kp_stemmer"]
    if language == "nl":
        stemming = ["kp_stop", "kp_irregular", "kp_stemmer"]
    head = ["lowercase", "asciifolding"]
    if language == "en":
        head = ["kp_possessive", *head]
    filters = {
        "kp_stop": {"type": "stop", "stopwords": STOP_WORDS[language]},
        "kp_stemmer": {"type": "stemmer", "language": STEMMERS[language]},
        "kp_irregular": {"type": "stemmer_override", "rules": ["lid, leden => leden"]},
        "kp_possessive": {"type": "stemmer", "language": "possessive_english"},
        "kp_synonyms": synonym_filter(language),
    }

    def analyzer(chain):
        return {"type": "custom", "tokenizer": "standard", "filter": chain}

    return {
        "filter": filters,
        "analyzer": {
            "kp_terms": TERMS_ANALYZER,
            "kp_whole": analyzer([*head, *stemming]),
            "kp_search": analyzer([*head, "kp_synonyms", *stemming]),
        },
    }


def text_field():
    return {
        "type": "text",
        "analyzer": "kp_whole",
        "search_analyzer": "kp_search",
    }


def index_body(language):
    properties = {name: text_field() for name in TEXT_FIELDS}
    properties.update(
        {
            "terms": TERMS_FIELD,
            "page_id": {"type": "integer"},
            "file_id": {"type": "integer"},
            "type_key": {"type": "keyword"},
            "topic_slug": {"type": "keyword"},
            "topic_name": {"type": "keyword", "index": False},
            "boost": {"type": "float"},
            "date": {"type": "date"},
        }
    )
    return {
        "settings": {
            "number_of_shards": 1,
            # SEARCH_INDEX_REPLICAS: on a cluster, a copy on another node answers while one
            # node is down; a single node has none.
            "number_of_replicas": getattr(settings, "SEARCH_INDEX_REPLICAS", None) or 0,
            "analysis": analysis(language),
            "similarity": {"kp_bm25f": TERMS_SIMILARITY},
        },
        "mappings": {
            "dynamic": "strict",
            "_source": {"excludes": ["terms"]},
            "properties": properties,
        },
    }


def source(document, frequencies=None):
    return {
        "terms": terms_text(frequencies or {}),
        "title": document.title,
        "keywords": document.keywords,
        "headings": document.headings,
        "summary": document.summary,
        "body": document.text,
        "page_id": document.page_id,
        "file_id": document.file_id,
        "type_key": document.type_key,
        "topic_slug": document.topic_slug,
        "topic_name": document.topic_name,
        "boost": document.boost,
        "date": document.date.isoformat() if document.date else None,
    }


def doc_id(document):
    return f"page-{document.page_id}" if document.page_id else f"file-{document.file_id}"


def create_index(language):
    """A new concrete index for a language's alias; returns its name."""
    name = f"{alias(language)}_{time.time_ns() // 1_000_000}"
    client().indices.create(index=name, body=index_body(language))
    return name


def concrete_indexes(language):
    es = client()
    if not es.indices.exists_alias(name=alias(language)):
        return []
    return list(es.indices.get_alias(name=alias(language)))


def ensure_index(language):
    es = client()
    if not es.indices.exists_alias(name=alias(language)):
        name = create_index(language)
        es.indices.put_alias(index=name, name=alias(language))


def actions(documents, index, batch_size=500):
    def bodies(batch):
        frequencies = term_frequencies(d.pk for d in batch)
        for item in batch:
            body = source(item, frequencies.get(item.pk))
            yield {"_index": index, "_id": doc_id(item), "_source": body}

    batch = []
    for document in documents:
        batch.append(document)
        if len(batch) >= batch_size:
            yield from bodies(batch)
            batch = []
    yield from bodies(batch)


def rebuild():
    """Fill a new index per language from the SearchDocuments, then swap the alias to it."""
    es = client()
    for language in LANGUAGES:
        name = create_index(language)
        documents = SearchDocument.objects.filter(language=language).iterator(chunk_size=500)
        bulk(es, actions(documents, name), chunk_size=500, request_timeout=120)
        es.indices.refresh(index=name)
        old = concrete_indexes(language)
        changes = [{"add": {"index": name, "alias": alias(language)}}]
        changes += [{"remove": {"index": index, "alias": alias(language)}} for index in old]
        es.indices.update_aliases(body={"actions": changes})
        for index in old:
            es.indices.delete(index=index, ignore_unavailable=True)


def sync(documents=(), removed_pages=(), removed_files=()):
    """Index saved documents and drop removed ones; a node that is down only logs a warning
    (the database keeps the truth; `update_index` brings the node back in step)."""
    if not enabled():
        return
    try:
        touched = set()
        documents = list(documents)
        frequencies = term_frequencies(d.pk for d in documents)
        for document in documents:
            ensure_index(document.language)
            touched.add(document.language)
            # Searchable after the node's next refresh (within a second).
            client().index(
                index=alias(document.language),
                id=doc_id(document),
                body=source(document, frequencies.get(document.pk)),
            )
        ids = [f"page-{pk}" for pk in removed_pages] + [f"file-{pk}" for pk in removed_files]
        for language in LANGUAGES:
            for removed in ids:
                with contextlib.suppress(NotFoundError):
                    client().delete(index=alias(language), id=removed)
    except OpenSearchException as error:
        logger.warning("OpenSearch index not updated: %s", error)


def refresh():
    for language in LANGUAGES:
        client().indices.refresh(index=alias(language), ignore_unavailable=True)


def update_synonyms(language):
    """Put the editors' current synonyms into the search analyzer of a language's index.

    Analysis settings can only change on a closed index: close, update, reopen and wait until
    the index answers again. Only the search analyzer uses synonyms, so nothing is reindexed.
    Searches in the second this takes are answered from the database engine.
    """
    if not enabled():
        return
    es = client()
    try:
        body = {"analysis": {"filter": {"kp_synonyms": synonym_filter(language)}}}
        for index in concrete_indexes(language):
            es.indices.close(index=index)
            try:
                es.indices.put_settings(index=index, body=body)
            finally:
                es.indices.open(index=index, wait_for_active_shards=1)
        es.cluster.health(index=alias(language), wait_for_status="yellow", timeout="30s")
    except OpenSearchException as error:
        logger.warning("OpenSearch synonyms not updated for %s: %s", language, error)
