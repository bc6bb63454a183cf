"""A fixed-window counter in the shared cache for the site's forms (the helpdesk's questions);
the same counting as the API's RateLimitMiddleware.over_limit."""

import math
import time

from django.core.cache import caches


def over_limit(key, limit, window):
    """Count one hit for `key`; 0 while within `limit` hits per `window` seconds, else the
    seconds until the window ends (for Retry-After)."""
    now = time.time()
    window_start = int(now // window) * window
    cache_key = f"ratelimit:{key}:{window_start}"
    cache = caches["default"]
    cache.add(cache_key, 0, timeout=window + 1)
    try:
        count = cache.incr(cache_key)
    except ValueError:
        cache.set(cache_key, 1, timeout=window + 1)
        count = 1
    if count > limit:
        return max(1, math.ceil(window_start + window - now))
    return 0
