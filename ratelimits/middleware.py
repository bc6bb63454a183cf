"""A rate limit for anonymous API use, per client address."""

import math
import time

from django.conf import settings
from django.core.cache import caches
from django.http import JsonResponse

from caching.middleware import PRIVATE_PREFIXES


class RateLimitMiddleware:
    """Anonymous API requests per client address per minute (`API_RATE_LIMIT`, 0 = off);
    over the limit a 429 JSON answer with Retry-After. Answers from the response cache count
    too: a hit passes through it before it is served."""

    prefixes = ("/api/",)
    window = 60
    runs_on_cache_hit = True  # see caching.response_cache.hit_middleware

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = settings.API_RATE_LIMIT
        path = request.path
        if limit and path.startswith(self.prefixes) and not is_private_path(request):
            user_id = authenticated_user_id(request)
            if user_id is None:
                key = client_address(request)
            else:
                key, limit = f"user:{user_id}", limit * settings.API_RATE_LIMIT_USER_FACTOR
            retry_after = self.over_limit(key, limit)
            if retry_after:
                response = JsonResponse(
                    {"message": "Te veel verzoeken; probeer het later opnieuw."}, status=429
                )
                response["Retry-After"] = str(retry_after)
                return response
        return self.get_response(request)

    def over_limit(self, address, limit):
        now = time.time()
        window_start = int(now // self.window) * self.window
        key = f"ratelimit:{address}:{window_start}"
        cache = caches["default"]
        cache.add(key, 0, timeout=self.window + 1)
        try:
            count = cache.incr(key)
        except ValueError:
            cache.set(key, 1, timeout=self.window + 1)
            count = 1
        if count > limit:
            return max(1, math.ceil(window_start + self.window - now))
        return 0


def is_private_path(request):
    return request.path.startswith(PRIVATE_PREFIXES)


def authenticated_user_id(request):
    """The user of a logged-in session or of a valid, unrevoked API token; None otherwise.
    Any other Authorization header (`Bearer garbage`) is anonymous and counts per address."""
    user = getattr(request, "user", None)
    if getattr(user, "is_authenticated", False):
        return user.pk
    scheme, _, token = request.META.get("HTTP_AUTHORIZATION", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    from wagtail.models import APIToken

    found = APIToken.objects.filter(
        key_hash__in=APIToken.candidate_key_hashes(token.strip()),
        revoked_at__isnull=True,
        user__is_active=True,
    ).values_list("user_id", flat=True)
    return next(iter(found), None)


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
