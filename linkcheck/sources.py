"""Where the site's external links are: the bodies of live pages, found generically, and
every source an app registers (`register(function)`; the function yields `Link`s)."""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page


@dataclass(frozen=True)
class Link:
    url: str
    label: str
    edit_url: str


_sources: list[Callable[[], Iterable[Link]]] = []
HREF = re.compile(r"""href=\\?["'](https?://[^"'\\\s<>]+)""", re.IGNORECASE)
URL_VALUE = re.compile(r"""["'](https?://[^"'\\\s<>]+)["']""")


def register(source):
    """Add a function that yields `Link`s (e.g. the signpost's resources)."""
    if source not in _sources:
        _sources.append(source)
    return source


def is_external(url):
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    return parts.hostname != urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname


def may_check(url):
    """`LINKCHECK_HOSTS`, when set, limits the check to those hosts (tests and staging must
    not reach out to the sites the content links to)."""
    hosts = getattr(settings, "LINKCHECK_HOSTS", None)
    return is_external(url) and (hosts is None or urlsplit(url).hostname in hosts)


def page_links():
    """External links in the StreamFields and rich text of every live page."""
    for page in Page.objects.live().specific().iterator(chunk_size=200):
        text_fields = [
            field
            for field in page._meta.concrete_fields
            if isinstance(field, StreamField | RichTextField)
        ]
        found = set()
        for field in text_fields:
            raw = field.value_to_string(page) or ""
            found.update(HREF.findall(raw))
            if isinstance(field, StreamField):
                found.update(URL_VALUE.findall(raw))
        for url in sorted(found):
            if is_external(url):
                yield Link(url, page.title, f"/admin/pages/{page.id}/edit/")


def all_links():
    """{url: [Link, …]} over the page bodies and every registered source."""
    by_url = {}
    sources = [page_links, *_sources]
    for source in sources:
        for link in source():
            if may_check(link.url):
                by_url.setdefault(link.url, []).append(link)
    return by_url
