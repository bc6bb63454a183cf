"""A rate limit for anonymous API use, per client address."""

import math
import time

from django.conf import settings
from django.core.cache import caches
from django.http import JsonResponse

from caching.middleware import is_private_request


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
        if limit and path.startswith(self.prefixes) and not is_private_request(request):
            retry_after = self.over_limit(client_address(request), limit)
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


def client_address(request):
    if settings.API_RATE_LIMIT_TRUST_FORWARDED:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")
