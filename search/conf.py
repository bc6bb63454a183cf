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


def host_config(url):
    parts = urlsplit(url.strip())
    return {
        "host": parts.hostname,
        "port": parts.port or (443 if parts.scheme == "https" else 9200),
        "use_ssl": parts.scheme == "https",
        "http_auth": (parts.username, parts.password) if parts.username else None,
    }


def index_settings(replicas=None):
    """Wagtail's index settings; `replicas` (SEARCH_INDEX_REPLICAS) copies of each shard on
    other nodes, None: the cluster's default."""
    if replicas is None:
        return INDEX_SETTINGS
    return {"settings": {**INDEX_SETTINGS["settings"], "number_of_replicas": replicas}}


def search_backends(
    search_url, *, index_prefix=INDEX_PREFIX, timeout=5, engine="opensearch", replicas=None
):
    """WAGTAILSEARCH_BACKENDS for a SEARCH_URL (None: Wagtail's database backend).

    SEARCH_URL may name several nodes of one cluster, comma-separated: the client spreads its
    requests over them, and a request a node cannot answer (refused connection, 502-504) is
    sent once to each other node before the site falls back to the database. A timeout is
    not retried: a slow cluster is answered from the database, as a slow single node is.

    engine "elasticsearch" selects Wagtail's Elasticsearch 8 backend for sites on Elasticsearch
    (configuration only; the Dutch analysis settings are the same).
    """
    if engine not in ("opensearch", "elasticsearch"):
        raise ImproperlyConfigured("SEARCH_ENGINE must be opensearch or elasticsearch.")
    if not search_url:
        return {"default": {"BACKEND": "wagtail.search.backends.database"}}
    hosts = [host_config(url) for url in search_url.split(",") if url.strip()]
    return {
        "default": {
            "BACKEND": ELASTICSEARCH_BACKEND if engine == "elasticsearch" else OPENSEARCH_BACKEND,
            "HOSTS": hosts,
            "INDEX_PREFIX": index_prefix,
            "TIMEOUT": timeout,
            "OPTIONS": {"max_retries": len(hosts) - 1},
            "INDEX_SETTINGS": index_settings(replicas),
            "AUTO_UPDATE": True,
        }
    }
