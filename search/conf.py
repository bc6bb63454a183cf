"""Wagtail's search backend configuration (WAGTAILSEARCH_BACKENDS), derived from SEARCH_URL,
with the analysis settings of the OpenSearch indexes.

This is configuration, not an engine: the readers' searches are answered by search.engines
(the query service picks one); Wagtail's backend (search.wagtail_backend) serves the admin.
Imported by the settings module, so it must not import Django models.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .vocabulary_words import DUTCH_COMPOUND_PARTS

INDEX_PREFIX = "kennispunt_"
OPENSEARCH_BACKEND = "search.wagtail_backend.KennispuntOpenSearchBackend"
ELASTICSEARCH_BACKEND = "wagtail.search.backends.elasticsearch8"

DUTCH_ANALYZER = {
    "type": "custom",
    "tokenizer": "standard",
    "filter": [
        "lowercase",
        "asciifolding",
        "kennispunt_compounds",
        "kennispunt_dutch_stop",
        "kennispunt_dutch_irregular",
        "kennispunt_dutch_stemmer",
    ],
}
ENGLISH_ANALYZER = {
    "type": "custom",
    "tokenizer": "standard",
    "filter": [
        "english_possessive_stemmer",
        "lowercase",
        "asciifolding",
        "kennispunt_english_stop",
        "kennispunt_english_stemmer",
    ],
}

INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "analyzer": {
                "default": DUTCH_ANALYZER,
                "kennispunt_dutch": DUTCH_ANALYZER,
                "kennispunt_english": ENGLISH_ANALYZER,
            },
            "filter": {
                "kennispunt_compounds": {
                    "type": "dictionary_decompounder",
                    "word_list": DUTCH_COMPOUND_PARTS,
                    "min_subword_size": 4,
                    "only_longest_match": False,
                },
                "kennispunt_dutch_stop": {"type": "stop", "stopwords": "_dutch_"},
                "kennispunt_dutch_irregular": {
                    "type": "stemmer_override",
                    "rules": ["lid, leden => leden"],
                },
                "kennispunt_dutch_stemmer": {"type": "stemmer", "language": "dutch"},
                "kennispunt_english_stop": {"type": "stop", "stopwords": "_english_"},
                "english_possessive_stemmer": {
                    "type": "stemmer",
                    "language": "possessive_english",
                },
                "kennispunt_english_stemmer": {"type": "stemmer", "language": "english"},
            },
        }
    }
}


def search_backends(search_url, *, index_prefix=INDEX_PREFIX, timeout=5, engine="opensearch"):
    """WAGTAILSEARCH_BACKENDS for a SEARCH_URL (None: Wagtail's database backend).

    engine "elasticsearch" selects Wagtail's Elasticsearch 8 backend for sites on Elasticsearch
    (configuration only; the Dutch analysis settings are the same).
    """
    if engine not in ("opensearch", "elasticsearch"):
        raise ImproperlyConfigured("SEARCH_ENGINE must be opensearch or elasticsearch.")
    if not search_url:
        return {"default": {"BACKEND": "wagtail.search.backends.database"}}
    parts = urlsplit(search_url)
    host = {
        "host": parts.hostname,
        "port": parts.port or (443 if parts.scheme == "https" else 9200),
        "use_ssl": parts.scheme == "https",
        "http_auth": (parts.username, parts.password) if parts.username else None,
    }
    return {
        "default": {
            "BACKEND": ELASTICSEARCH_BACKEND if engine == "elasticsearch" else OPENSEARCH_BACKEND,
            "HOSTS": [host],
            "INDEX_PREFIX": index_prefix,
            "TIMEOUT": timeout,
            "OPTIONS": {"max_retries": 0},
            "INDEX_SETTINGS": INDEX_SETTINGS,
            "AUTO_UPDATE": True,
        }
    }
