"""Search backend configuration, derived from SEARCH_URL.

Imported by the settings module, so it must not import Django models.
"""

from urllib.parse import urlsplit

INDEX_PREFIX = "kennispunt_"


def search_backends(search_url, *, index_prefix=INDEX_PREFIX, timeout=5):
    """WAGTAILSEARCH_BACKENDS for a SEARCH_URL (None: Wagtail's database backend)."""
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
            "BACKEND": "wagtail.search.backends.opensearch2",
            "HOSTS": [host],
            "INDEX_PREFIX": index_prefix,
            "TIMEOUT": timeout,
            "OPTIONS": {"max_retries": 0},
            "AUTO_UPDATE": True,
        }
    }
