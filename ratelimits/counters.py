"""A fixed-window counter in the shared cache for an app's own limits (helpdesk questions,
forum posting). The API's middleware keeps its own copy of the same arithmetic, which its
tests pin by patching time."""

import math
import time

from django.core.cache import caches


def over_limit(key, limit, window=60):
    """Counts one hit for `key`; returns the seconds to wait when over `limit` per `window`,
    else 0."""
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
