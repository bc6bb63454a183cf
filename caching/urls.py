"""Which public URLs show a page, so a change to it can be purged from every cache."""

import copy
from dataclasses import dataclass

from django.conf import settings
from wagtail.models import Page

DETAIL_PATHS = ("/api/v2/pages/{id}/", "/api/v3/pages/{id}/")
LISTING_PATHS = ("/api/v2/pages/", "/api/v3/pages/", "/api/v2/topics/", "/api/v2/navigation/")


def api_detail_urls(page_id):
    base = settings.WAGTAILAPI_BASE_URL.rstrip("/")
    return [base + path.format(id=page_id) for path in DETAIL_PATHS]


def api_listing_urls(language_codes=()):
    """The listings, plain and as asked for in each of `language_codes` (`?locale=`)."""
    base = settings.WAGTAILAPI_BASE_URL.rstrip("/")
    urls = [base + path for path in LISTING_PATHS]
    for code in sorted(set(language_codes) - {None}):
        urls += [f"{base}{path}?locale={code}" for path in LISTING_PATHS]
    return urls


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


def language_of(page):
    return page.locale.language_code if page.locale_id else None


@dataclass
class MovedPage:
    page: Page
    old_url_path: str

    def describe(self):
        old_urls = html_urls(self.page, self.old_url_path)
        return {
            "id": self.page.id,
            "title": self.page.title,
            "old_url": old_urls[0] if old_urls else None,
            "url": self.page.get_full_url(),
        }


def moved_pages(page, url_path_before, url_path_after):
    """The live pages whose URL changed when `page` went from `url_path_before` to
    `url_path_after`: the page and its live descendants, each with its old url_path."""
    pages = [page] if page.live else []
    pages += Page.objects.descendant_of(page).live().select_related("locale").order_by("path")
    return [
        MovedPage(moved, url_path_before + moved.url_path[len(url_path_after) :])
        for moved in pages
        if moved.url_path.startswith(url_path_after)
    ]


def urls_for_page(page, moved=(), old_parent=None):
    """The page's HTML URLs, its parent's (which lists it), and the API URLs that show it.
    After a move (`moved`, see `moved_pages`) also every moved page's old and new URLs and
    those of its translations, whose language switcher, alternates and API `translations`
    point at it; and the old parent's."""
    urls = html_urls(page) + api_detail_urls(page.id)
    languages = {language_of(page)}
    for item in moved:
        urls += html_urls(item.page) + html_urls(item.page, item.old_url_path)
        urls += api_detail_urls(item.page.id)
        for translation in item.page.get_translations().live().select_related("locale"):
            urls += html_urls(translation) + api_detail_urls(translation.id)
            languages.add(language_of(translation))
        languages.add(language_of(item.page))
    for parent in (page.get_parent(), old_parent):
        if parent is not None and parent.depth > 1:
            urls += html_urls(parent)
    urls += api_listing_urls(languages)
    return list(dict.fromkeys(urls))
