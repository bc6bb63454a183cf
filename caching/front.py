"""The response cache in front of Django: a hit answered by the WSGI application itself.

A hit through ResponseCacheMiddleware still costs Django's request cycle (the request and
response objects, the request signals, the middleware above the store point). For the common
hit that needs none of it, `ResponseCacheFront` (cms/wsgi.py wraps Django's application in it)
answers from the same entry, read in the same single round trip, with the same headers: the
stored ones (everything that depends only on the URL, the language and Accept is added below
the store point: security headers, the Content Security Policy, Permissions-Policy), `Vary:
origin` where CORS applies, a request id and `X-Cache: hit`.

Everything else goes to Django as before, which answers hits itself: a request with an Origin
(CORS headers per origin), a conditional request (304), one that a rate limit counts, and every
request ResponseCacheMiddleware would not serve from the cache (methods, cookies, tokens,
paths). A miss hands what it read to the middleware (`MISS_STATE`), so it is not read twice.
"""

import re

from django.conf import settings
from django.core.cache import caches
from django.core.handlers.wsgi import WSGIRequest
from django.utils.cache import patch_vary_headers

from . import response_cache

MISS_STATE = response_cache.MISS_STATE
# Request headers that need a middleware's answer: CORS per origin, ETag and Last-Modified.
NEEDS_MIDDLEWARE = ("HTTP_ORIGIN", "HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE")
STATUS_OK = "200 OK"


class ResponseCacheFront:
    def __init__(self, application, request_id=None):
        """`request_id(environ)`: the X-Request-ID of a hit (cms/wsgi.py passes core's)."""
        self.application = application
        self.request_id = request_id
        self._counted_on_hit = None

    def __call__(self, environ, start_response):
        answer = self.answer(environ)
        if answer is None:
            return self.application(environ, start_response)
        headers, body = answer
        start_response(STATUS_OK, headers)
        return [body]

    def answer(self, environ):
        """(headers, body) of a hit, or None for Django to answer."""
        if not settings.API_RESPONSE_CACHE or environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return None
        if any(name in environ for name in NEEDS_MIDDLEWARE):
            return None
        # On a copy: WSGIRequest rewrites PATH_INFO decoded, which Django's handler would then
        # decode a second time (a path outside Latin-1 would fail there).
        request = WSGIRequest(dict(environ))
        try:
            if not response_cache.cacheable_request(request) or self.counted_on_hit(request):
                return None
            language = response_cache.request_language(request)
            key = response_cache.entry_key(request, language)
            generation, settling, entry = response_cache.read_entry(caches["default"], key)
        except Exception:  # noqa: BLE001 - Django answers (and reports) whatever went wrong
            return None
        if entry is None:
            environ[MISS_STATE] = response_cache.CacheState(
                key, generation, language, store=not settling
            )
            return None
        _generation, stored_headers, content, search_arguments = entry
        if search_arguments:
            response_cache.replay_search_log(search_arguments, in_front=True)
        # As Django's own answers: the server leaves out the body of a HEAD.
        return self.hit_headers(request, stored_headers), content

    def counted_on_hit(self, request):
        """True when a middleware that a hit must pass (the rate limit) applies."""
        if self._counted_on_hit is None:
            self._counted_on_hit = [
                middleware
                for middleware in response_cache.hit_middleware()
                if getattr(middleware, "runs_on_cache_hit", False)
            ]
        # One that cannot tell (no `applies_to`) sees every hit.
        return any(
            getattr(middleware, "applies_to", lambda request: True)(request)
            for middleware in self._counted_on_hit
        )

    def hit_headers(self, request, stored_headers):
        headers = dict(stored_headers)
        if re.match(settings.CORS_URLS_REGEX, request.path_info):
            # What corsheaders adds to any answer of a CORS URL, with or without an Origin.
            holder = _VaryHolder(headers)
            patch_vary_headers(holder, ("origin",))
        if self.request_id is not None:
            headers["X-Request-ID"] = self.request_id(request.META)
        headers["X-Cache"] = "hit"
        return list(headers.items())


class _VaryHolder:
    """What `patch_vary_headers` needs of a response, over a dict of headers."""

    def __init__(self, headers):
        self.headers = headers

    def has_header(self, name):
        return name in self.headers

    def __getitem__(self, name):
        return self.headers[name]

    def __setitem__(self, name, value):
        self.headers[name] = value
