"""A cache of rendered parts of pages for anonymous readers, kept to the response cache's
content generation: any content change makes every fragment stale at once, as it does every
cached response. A reader who misses the response cache (its entry expired, another Accept,
a first visit after a change) still gets the page body, navigation and footer without
rendering them again.

A fragment is read and stored only for an anonymous reader outside a preview, when no content
change is waiting for this request's transaction to commit and none is settling, and only if
rendering it used no CSRF token (a form's token belongs to one reader). The key holds the
fragment's name, the full URL (query strings change listings), the active language and the
generation. Like the response cache, it needs a cache that every process shares: it is on by
default only with Redis (`RENDER_FRAGMENT_CACHE`).
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import caches
from django.utils import translation

from .response_cache import CACHE_ALIAS, has_pending_bump, read_entries, read_entry

logger = logging.getLogger(__name__)

CSRF_USED_KEYS = ("CSRF_COOKIE_NEEDS_UPDATE", "CSRF_COOKIE_USED")


def cached_for(request):
    """Whether fragments are read and stored for this request."""
    if not settings.RENDER_FRAGMENT_CACHE or request is None or request.method != "GET":
        return False
    if getattr(request, "is_preview", False) or has_pending_bump():
        return False
    user = getattr(request, "user", None)
    return user is not None and not user.is_authenticated


def fragment_key(*varies):
    digest = hashlib.sha256("\n".join(varies).encode()).hexdigest()
    return f"fragment:{digest}"


def readers_fragment_key(request, name):
    """The fragment's cache key for this request, or None where fragments are not cached."""
    if not cached_for(request):
        return None
    return fragment_key(name, request.build_absolute_uri(), translation.get_language() or "")


def read_fragment(key):
    """(html or None, whether a fresh rendering may be stored), in one cache round trip."""
    try:
        generation, settling, entry = read_entry(caches[CACHE_ALIAS], key)
    except Exception as error:  # noqa: BLE001 - without the cache the page still renders
        logger.warning("Fragment cache unavailable: %s", error)
        return None, None
    if entry is not None:
        return entry[1], None
    return None, None if settling else generation


def store_fragment(key, generation, html):
    try:
        caches[CACHE_ALIAS].set(key, (generation, html), timeout=settings.RENDER_FRAGMENT_CACHE_TTL)
    except Exception as error:  # noqa: BLE001
        logger.warning("Fragment cache unavailable: %s", error)


def render_cached(request, name, render):
    """`render()` for this request, from the fragment cache where it may be."""
    key = readers_fragment_key(request, name)
    if key is None:
        return render()
    html, generation = read_fragment(key)
    if html is not None:
        return html
    csrf_before = {name: request.META.get(name) for name in CSRF_USED_KEYS}
    html = render()
    if generation is not None and all(
        request.META.get(name) == value for name, value in csrf_before.items()
    ):
        store_fragment(key, generation, html)
    return html


def render_each_cached(request, varies, items, render_many):
    """[rendering] of each of `items` ([(identity, item)]), in order: from the fragment cache
    where it may be, the rest rendered together by `render_many([item])` (a list in the same
    order) and stored. One cache round trip to read them all, one to store. `varies`: what
    else the rendering depends on (its shape); the site's address and the language are added.
    """
    if not cached_for(request):
        return list(render_many([item for _, item in items]))
    shared = (*varies, f"{request.scheme}://{request.get_host()}", translation.get_language() or "")
    keys = [fragment_key(*shared, str(identity)) for identity, _ in items]
    try:
        generation, settling, entries = read_entries(caches[CACHE_ALIAS], keys)
    except Exception as error:  # noqa: BLE001 - without the cache the items still render
        logger.warning("Fragment cache unavailable: %s", error)
        return list(render_many([item for _, item in items]))
    pairs = zip(keys, items, strict=True)
    missing = [(key, item) for key, (_, item) in pairs if key not in entries]
    rendered = dict(entries)
    if missing:
        fresh = list(render_many([item for _, item in missing]))
        new = {key: (generation, value) for (key, _), value in zip(missing, fresh, strict=True)}
        rendered.update(new)
        if not settling and generation is not None:
            store_fragments(new)
    return [rendered[key][1] for key in keys]


def store_fragments(entries):
    try:
        caches[CACHE_ALIAS].set_many(entries, timeout=settings.RENDER_FRAGMENT_CACHE_TTL)
    except Exception as error:  # noqa: BLE001
        logger.warning("Fragment cache unavailable: %s", error)
