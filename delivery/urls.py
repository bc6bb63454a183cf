"""Which public URLs show a page, so a change to it can be purged from every cache."""

import copy

from django.conf import settings

API_PATHS = (
    "/api/v2/pages/{id}/",
    "/api/v3/pages/{id}/",
    "/api/v2/pages/",
    "/api/v3/pages/",
    "/api/v2/topics/",
    "/api/v2/navigation/",
)


def api_urls(page_id):
    base = settings.WAGTAILAPI_BASE_URL.rstrip("/")
    return [base + path.format(id=page_id) for path in API_PATHS]


def html_urls(page, url_path=None):
    """The page's full URLs (each cached variant), at `url_path` if given (its old place)."""
    if url_path is not None:
        page = copy.copy(page)
        page.url_path = url_path
    url = page.get_full_url()
    if not url:
        return []
    cached_paths = page.specific_deferred.get_cached_paths() or ["/"]
    return [url.rstrip("/") + "/" + path.lstrip("/") for path in cached_paths]


def urls_for_page(page, old_url_path=None):
    """The page's HTML URLs (also at its old place after a move), its parent's (which lists
    it), and the API URLs that show it."""
    urls = html_urls(page)
    if old_url_path:
        urls += html_urls(page, old_url_path)
    parent = page.get_parent()
    if parent is not None and parent.depth > 1:
        urls += html_urls(parent)
    urls += api_urls(page.id)
    return list(dict.fromkeys(urls))
