"""Rate limits per client: anonymous API use, the site search, page-password attempts.

The counts live in Redis. While Redis is unreachable the API and the search page are not
limited (fail open: the site keeps serving, uncached, and nginx's own limits still hold), but a
page password cannot be tried (fail closed: a 503 with Retry-After, as for any outage), so that
a Redis outage does not open guessing without a limit."""

import math
import time

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language, ngettext

from caching.middleware import PRIVATE_PREFIXES, api_token_user_id

from .counters import CounterUnavailable, count_hit


class Scope:
    """Requests of one kind, counted per client (user or address) per window."""

    def __init__(self, name, limit_setting, window, matches, fails_closed=False):
        self.name, self.limit_setting, self.window, self.matches = (
            name,
            limit_setting,
            window,
            matches,
        )
        self.fails_closed = fails_closed  # refuse (503) rather than serve when Redis is down

    @property
    def limit(self):
        return getattr(settings, self.limit_setting)


def is_api(request):
    return request.path.startswith("/api/") and not is_private_path(request)


def is_search_page(request):
    return request.path.startswith(SEARCH_PAGE_PATHS)


def is_page_password(request):
    return request.method == "POST" and "/_util/authenticate_with_password/" in request.path


SEARCH_PAGE_PATHS = ("/zoeken/", "/en/search/", "/en/zoeken/")
SCOPES = (
    Scope("api", "API_RATE_LIMIT", 60, is_api),
    Scope("search", "SEARCH_PAGE_RATE_LIMIT", 60, is_search_page),
    # Guessing a page's password: attempts per address per ten minutes, at any pace.
    Scope("page-password", "PAGE_PASSWORD_RATE_LIMIT", 600, is_page_password, fails_closed=True),
)


class RateLimitMiddleware:
    """Anonymous API requests (`API_RATE_LIMIT`), site searches (`SEARCH_PAGE_RATE_LIMIT`)
    per client per minute and page-password attempts (`PAGE_PASSWORD_RATE_LIMIT`) per ten
    minutes; 0 = off. Over a limit a 429 with Retry-After: JSON for the API, a Dutch page
    otherwise. Answers from the response cache count too: a hit passes through it before it is
    served."""

    runs_on_cache_hit = True  # see caching.response_cache.hit_middleware

    def __init__(self, get_response):
        self.get_response = get_response

    @staticmethod
    def applies_to(request):
        """True when a limit counts `request` (a cache hit must come through here then)."""
        return any(scope.limit and scope.matches(request) for scope in SCOPES)

    def __call__(self, request):
        for scope in SCOPES:
            limit = scope.limit
            if limit and scope.matches(request):
                retry_after = self.check(request, scope, limit)
                if retry_after is None and scope.fails_closed:
                    raise CounterUnavailable(f"the {scope.name} rate limit cannot count")
                if retry_after:
                    return too_many_requests(scope, retry_after)
        return self.get_response(request)

    def check(self, request, scope, limit):
        user_id = authenticated_user_id(request)
        if user_id is None:
            key = client_address(request)
        else:
            key, limit = f"user:{user_id}", limit * settings.API_RATE_LIMIT_USER_FACTOR
        prefix = "" if scope.name == "api" else f"{scope.name}:"
        return self.over_limit(f"{prefix}{key}", limit, scope.window)

    def over_limit(self, address, limit, window=60):
        """The seconds to wait when over `limit`, else 0; None when the cache cannot count."""
        now = time.time()
        window_start = int(now // window) * window
        count = count_hit(f"ratelimit:{address}:{window_start}", window)
        if count is None:
            return None
        if count > limit:
            return max(1, math.ceil(window_start + window - now))
        return 0


def too_many_requests(scope, retry_after):
    if scope.name == "api":
        response = JsonResponse(
            {"message": "Te veel verzoeken; probeer het later opnieuw."}, status=429
        )
    else:
        minutes = math.ceil(retry_after / 60)
        message = ngettext(
            "Te veel verzoeken. Probeer het over %(minutes)d minuut opnieuw.",
            "Te veel verzoeken. Probeer het over %(minutes)d minuten opnieuw.",
            minutes,
        ) % {"minutes": minutes}
        return html_too_many_requests(message, retry_after)
    response["Retry-After"] = str(retry_after)
    patch_cache_control(response, private=True, no_store=True)
    return response


def html_too_many_requests(message, retry_after):
    response = HttpResponse(
        f'<!doctype html><html lang="{get_language() or "nl"}"><meta charset="utf-8">'
        f"<title>{message}</title><p>{message}</p></html>",
        status=429,
        content_type="text/html; charset=utf-8",
    )
    response["Retry-After"] = str(retry_after)
    patch_cache_control(response, private=True, no_store=True)
    return response


def is_private_path(request):
    return request.path.startswith(PRIVATE_PREFIXES)


def authenticated_user_id(request):
    """The user of a logged-in session or of a valid, unrevoked API token; None otherwise.
    Any other Authorization header (`Bearer garbage`) is anonymous and counts per address."""
    user = getattr(request, "user", None)
    if getattr(user, "is_authenticated", False):
        return user.pk
    return api_token_user_id(request)


def client_address(request):
    """The address the outermost of `TRUSTED_PROXY_COUNT` proxies received the request from:
    the right-most hop each trusted proxy appended to X-Forwarded-For, never a hop the client
    wrote itself. With 0 trusted proxies (the default) REMOTE_ADDR."""
    proxies = settings.TRUSTED_PROXY_COUNT
    remote = request.META.get("REMOTE_ADDR", "")
    if not proxies:
        return remote
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    hops = [hop for hop in hops if hop]
    return hops[-proxies] if len(hops) >= proxies else remote
