"""A server-side cache of anonymous, public GET responses (API v2, v3, search and the HTML
pages), invalidated by every content change.

`ResponseCacheMiddleware` sits first in MIDDLEWARE and answers a hit before sessions,
authentication, CSRF, messages and locale negotiation run, in one cache round trip (the
generation and the entry in one get_many). A hit passes only through the middleware that sits
above the store point (security headers, CORS per Origin, ETag/304) and the rate limit, so it
has the headers a rendered answer has. `UpdateResponseCacheMiddleware` sits below CORS and
ConditionalGet, above Session, Locale, CSRF and Messages: it stores a response after every
middleware that may set a cookie, Cache-Control or Vary has run. The key holds the URL, the
language LocaleMiddleware will choose (worked out from the path; a response rendered in
another language is not stored) and Accept.

Only what CacheHeadersMiddleware marked `public` is stored (200, no cookies, no private request).
Requests with an Authorization header or a session cookie (so every logged-in user), and the
admin, preview, documents, media and health URLs, never read or write the cache. Searches are
cached too; a hit still counts the search for the editors' reports (search/querylog.py counts
in memory and writes in batches, so a hit needs no database).

Invalidation: the content "generation" is a number in the cache that is bumped after a content
change commits (post_save/post_delete/m2m_changed of content models, Wagtail's page signals,
search index tasks) and again when the request that made it finishes. Every entry holds the
generation it was rendered under and counts only while that is current. A request reads the
generation before it reads any content, so a response rendered from content older than a bump
is stored under the old generation. For API_RESPONSE_CACHE_SETTLE seconds after a bump nothing
is stored, so data written just after the commit (search documents, a guide's topic after a
move) is never cached half-done.

The generation lives in the cache: with the per-process local-memory cache another process
would not see a bump, so the cache is on by default only with Redis (`API_RESPONSE_CACHE`).
"""

import hashlib
import logging
import threading
import time

from django.apps import apps
from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.core import checks
from django.core.cache import caches
from django.core.exceptions import DisallowedHost, MiddlewareNotUsed
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import cc_delim_re, set_response_etag
from django.utils.module_loading import import_string
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .middleware import is_private_request

logger = logging.getLogger(__name__)

CACHE_ALIAS = "default"
GENERATION_KEY = "response-cache:generation"
SETTLING_KEY = "response-cache:settling"
# Entries hold the headers added below the store point (the Content Security Policy and the
# security headers since 2).
ENTRY_FORMAT = 2
# What caching/front.py read of a miss, for ResponseCacheMiddleware.
MISS_STATE = "caching.response_cache.state"
API_PREFIXES = ("/api/v2/", "/api/v3/", "/api/search/")
NEVER_PREFIXES = ("/api/", "/admin/", "/django-admin/", "/documents/", "/health/")
# The key holds the active language (Accept-Language, language cookie) and Accept; requests with
# a session cookie never use the cache, and CORS adds `origin` outside the stored response.
KNOWN_VARY = frozenset({"accept", "accept-language", "cookie", "origin"})

# Writes that change nothing an anonymous reader sees, several of them made while serving a
# page (renditions, embeds, search statistics): they must not empty the cache.
# The members' forum is never public (forum/access.py): its writes change nothing cached.
NOISE_APPS = frozenset(
    {"sessions", "admin", "wagtail_localize", "wagtail_headless_preview", "forum"}
)
NOISE_MODELS = frozenset(
    {
        "auth.group",
        "auth.permission",
        "auth.group_permissions",
        "auth.user_groups",
        "auth.user_user_permissions",
        "webhooks.webhookdelivery",
        "search.searchdocument",  # derived from pages, written with the change that bumps
        "search.searchterm",
        "search.unansweredquery",
        "wagtailadmin.editingsession",
        "wagtailadmin.formstate",
        "wagtailcore.apitoken",
        "wagtailcore.comment",
        "wagtailcore.commentreply",
        "wagtailcore.modellogentry",
        "wagtailcore.pagelogentry",
        "wagtailcore.pagesubscription",
        "wagtailcore.referenceindex",
        "wagtailcore.revision",
        "wagtailcore.taskstate",
        "wagtailcore.uploadedfile",
        "wagtailcore.workflowstate",
        "wagtailembeds.embed",
        "wagtailforms.formsubmission",
        "wagtailimages.rendition",
        "wagtailsearch.indexentry",  # written by index tasks, see on_task_finished
        "wagtailsearch.sqliteftsindexentry",
        "wagtailsearchpromotions.query",
        "wagtailsearchpromotions.querydailyhits",
        "wagtailusers.userprofile",
    }
)
# Saves of only these fields change a draft (every autosave) or a login, not the live site.
PAGE_DRAFT_FIELDS = frozenset(
    {
        "draft_title",
        "has_unpublished_changes",
        "latest_revision",
        "latest_revision_created_at",
        "locked",
        "locked_at",
        "locked_by",
        "wagtail_admin_comments",
    }
)
USER_LOGIN_FIELDS = frozenset({"last_login"})
INDEX_TASK_MODULES = ("modelsearch.", "wagtail.search.")


# Invalidation


def is_content(model, update_fields=None):
    meta = model._meta
    if meta.app_label in NOISE_APPS or meta.label_lower in NOISE_MODELS:
        return False
    if update_fields:
        fields = set(update_fields)
        if issubclass(model, Page) and fields <= PAGE_DRAFT_FIELDS:
            return False
        if meta.label_lower == settings.AUTH_USER_MODEL.lower() and fields <= USER_LOGIN_FIELDS:
            return False
    return True


def bump_generation():
    cache = caches[CACHE_ALIAS]
    try:
        if settings.API_RESPONSE_CACHE_SETTLE:
            cache.set(SETTLING_KEY, True, timeout=settings.API_RESPONSE_CACHE_SETTLE)
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:
            # Missing (new or evicted): a time-based start never repeats an older generation.
            cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
    except Exception:  # noqa: BLE001 - saving content must not fail because of the cache
        logger.exception("Could not invalidate the response cache")


class BumpOnCommit:
    """The bump waiting for the current transaction; `done` once it ran (tests run on-commit
    callbacks by hand, and Django leaves them in the list)."""

    done = False

    def __call__(self):
        self.done = True
        bump_generation()


def has_pending_bump():
    """True while this thread's transaction holds uncommitted content changes: a request
    reading them must neither store nor be served an older response."""
    connection = transaction.get_connection()
    return connection.in_atomic_block and any(
        isinstance(callback, BumpOnCommit) and not callback.done
        for _, callback, _ in connection.run_on_commit
    )


_request = threading.local()


def content_changed():
    _request.changed = True
    if not has_pending_bump():
        transaction.on_commit(BumpOnCommit())  # at once outside a transaction


def on_save(sender, update_fields=None, **kwargs):
    if is_content(sender, update_fields):
        content_changed()


def on_delete(sender, **kwargs):
    content_changed()


def on_m2m_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and is_content(sender) and is_content(type(instance)):
        content_changed()


def on_page_signal(sender, **kwargs):
    content_changed()


def on_task_finished(sender, task_result, **kwargs):
    """A search index updated by a background worker, after the save that bumped. Run at once
    (the default backend), the update belongs to that save and needs no bump of its own (a
    draft save re-indexes the live page too)."""
    backend = sender if isinstance(sender, type) else type(sender)  # django-tasks-db sends both
    if backend.__name__ != "ImmediateBackend" and task_result.task.module_path.startswith(
        INDEX_TASK_MODULES
    ):
        content_changed()


def on_request_started(**kwargs):
    _request.changed = False


def on_request_finished(**kwargs):
    """Receivers after ours and signal-less updates (a guide's topic after a move) are done by
    now: bump once more."""
    if getattr(_request, "changed", False):
        _request.changed = False
        bump_generation()


def connect():
    post_save.connect(on_save, dispatch_uid="response_cache_save")
    m2m_changed.connect(on_m2m_changed, dispatch_uid="response_cache_m2m")
    # Per model: a receiver without sender would make every fast bulk delete a slow one.
    for model in apps.get_models():
        if is_content(model):
            uid = f"response_cache_delete_{model._meta.label_lower}"
            post_delete.connect(on_delete, sender=model, dispatch_uid=uid)
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(on_page_signal, dispatch_uid="response_cache_page")
    request_started.connect(on_request_started, dispatch_uid="response_cache_request")
    request_finished.connect(on_request_finished, dispatch_uid="response_cache_request")
    try:
        from django_tasks.signals import task_finished
    except ImportError:  # pragma: no cover - Wagtail's search tasks need django_tasks
        return
    task_finished.connect(on_task_finished, dispatch_uid="response_cache_task")


# The middleware


def cacheable_request(request):
    """Anonymous public GET/HEAD, judged from the request alone (nothing below has run yet)."""
    if request.method not in ("GET", "HEAD"):
        return False
    path = request.path
    if not path.startswith(API_PREFIXES) and (
        path.startswith(NEVER_PREFIXES)
        or path.startswith((settings.STATIC_URL, settings.MEDIA_URL))
    ):
        return False
    return (
        settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not is_private_request(request)
        and not has_pending_bump()
    )


def storable(request, response):
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies or is_private_request(request) or has_pending_bump():
        return False
    cache_control = {
        word.split("=")[0] for word in cc_delim_re.split(response.get("Cache-Control", "").lower())
    }
    if "public" not in cache_control or cache_control & {"private", "no-store", "no-cache"}:
        return False
    vary = {header.lower() for header in cc_delim_re.split(response.get("Vary", "")) if header}
    return vary <= KNOWN_VARY


def request_language(request):
    """The language LocaleMiddleware will activate for `request`, worked out before it runs:
    with i18n_patterns and no prefix for the default language, the path decides alone."""
    urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
    i18n_patterns_used, prefixed_default_language = is_language_prefix_patterns_used(urlconf)
    language = translation.get_language_from_path(request.path_info)
    if not language and i18n_patterns_used and not prefixed_default_language:
        language = settings.LANGUAGE_CODE
    return language or translation.get_language_from_request(request, check_path=True)


def entry_key(request, language):
    """The URL as the reader asked it (scheme, validated host, path and query), the language and
    Accept. The version in the key changes with what an entry holds."""
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    varies = (url, language, request.META.get("HTTP_ACCEPT", ""))
    digest = hashlib.sha256("\n".join(varies).encode()).hexdigest()
    return f"response-cache:{ENTRY_FORMAT}:{digest}"


def read_entry(cache, key):
    """The generation, whether a change is settling, and the entry: one round trip. An entry
    holds the generation it was rendered under; from an older one it is a miss."""
    generation, settling, entries = read_entries(cache, [key])
    return generation, settling, entries.get(key)


def read_entries(cache, keys):
    """read_entry for several keys in the same round trip: {key: entry} of the fresh ones."""
    values = cache.get_many([GENERATION_KEY, SETTLING_KEY, *keys])
    generation = values.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    entries = {key: values[key] for key in keys if key in values and values[key][0] == generation}
    return generation, SETTLING_KEY in values, entries


def current_generation():
    """The content generation now (render caches of parts of pages keep to it too)."""
    cache = caches[CACHE_ALIAS]
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def replay_search_log(arguments, in_front=False):
    from search import querylog

    querylog.count(*arguments)
    if in_front:  # no request_finished signal will write the batch when it is due
        querylog.flush_when_due()


class CacheState:
    __slots__ = ("key", "generation", "language", "store")

    def __init__(self, key, generation, language, store):
        self.key, self.generation, self.language, self.store = key, generation, language, store


def hit_middleware():
    """What a hit passes through: the middleware above the store point (security headers,
    CORS per Origin, ETag and 304) and, below it, what says `runs_on_cache_hit` (the rate
    limit). Everything else below already left its mark on the stored headers."""
    names = list(settings.MIDDLEWARE)
    top = names.index(f"{__name__}.ResponseCacheMiddleware")
    store = names.index(f"{__name__}.UpdateResponseCacheMiddleware")
    classes = [import_string(name) for name in names[top + 1 : store]]
    below = [import_string(name) for name in names[store + 1 :]]
    return classes + [cls for cls in below if getattr(cls, "runs_on_cache_hit", False)]


def served_hit(request):
    return request.response_cache_hit


def build_hit_chain():
    handler = served_hit
    for middleware in reversed(hit_middleware()):
        try:
            handler = middleware(handler)
        except MiddlewareNotUsed:
            continue
    return handler


class ResponseCacheMiddleware:
    """First in MIDDLEWARE: answers a hit before sessions, authentication, CSRF, messages and
    locale negotiation run, in one cache round trip. A miss goes down the whole stack and is
    stored by UpdateResponseCacheMiddleware under the key and generation read here."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.hit_chain = build_hit_chain()

    def __call__(self, request):
        if not (settings.API_RESPONSE_CACHE and cacheable_request(request)):
            return self.get_response(request)
        state = request.environ.pop(MISS_STATE, None)
        if state is not None:  # read in front of Django (caching/front.py): a miss
            request.response_cache = state
            return self.get_response(request)
        try:
            language = request_language(request)
            key = entry_key(request, language)
            generation, settling, entry = read_entry(caches[CACHE_ALIAS], key)
        except DisallowedHost:
            raise
        except Exception as error:  # noqa: BLE001 - without the cache the site still answers
            logger.warning("Response cache unavailable: %s", error)
            return self.get_response(request)
        if entry is None:
            request.response_cache = CacheState(key, generation, language, store=not settling)
            return self.get_response(request)
        _generation, headers, content, search_arguments = entry
        response = HttpResponse(content, headers=headers)
        response["X-Cache"] = "hit"
        request.response_cache_hit = response
        answer = self.hit_chain(request)
        if search_arguments and answer is response:  # not when the rate limit said no
            replay_search_log(search_arguments)
        return answer


class UpdateResponseCacheMiddleware:
    """Below CORS and ConditionalGet (added per request, also to hits), above every
    middleware that may set a cookie, Cache-Control or Vary: what it stores is what those
    made of the response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        state = getattr(request, "response_cache", None)
        if state is None:
            return response
        if (
            state.store
            and translation.get_language() == state.language
            and storable(request, response)
        ):
            set_response_etag(response)  # what ConditionalGetMiddleware would add, once
            entry = (
                state.generation,
                list(response.items()),
                response.content,
                getattr(request, "search_log", None),
            )
            try:
                caches[CACHE_ALIAS].set(state.key, entry, timeout=settings.API_RESPONSE_CACHE_TTL)
            except Exception as error:  # noqa: BLE001
                logger.warning("Response cache unavailable: %s", error)
        response["X-Cache"] = "miss"
        return response


@checks.register(checks.Tags.caches)
def check_shared_cache(app_configs, **kwargs):
    backend = settings.CACHES[CACHE_ALIAS]["BACKEND"]
    if settings.API_RESPONSE_CACHE and backend.endswith("LocMemCache"):
        return [
            checks.Warning(
                "API_RESPONSE_CACHE is on with a cache that each process keeps for itself.",
                hint="Only safe with a single process; set REDIS_URL for several workers.",
                id="caching.W001",
            )
        ]
    return []
