"""A fixed-window counter in the shared cache for an app's own limits (helpdesk questions,
forum posting). The API's middleware keeps its own copy of the same arithmetic, which its
tests pin by patching time.

Without Redis (stopped, restarting, unreachable) nothing can be counted: `count_hit` says so
with None, and these limits then let the request through (fail open, logged), as the API's
and the search page's do; only guessing a page's password is refused then (middleware.py)."""

import logging
import math
import time

from django.core.cache import caches

logger = logging.getLogger(__name__)


class CounterUnavailable(Exception):
    """A limit that fails closed could not count: the request is refused with a 503."""


def count_hit(cache_key, window):
    """Counts one hit in the window's counter `cache_key`: the count, or None when the cache
    cannot count (django-redis with IGNORE_EXCEPTIONS answers None; other backends raise)."""
    cache = caches["default"]
    try:
        cache.add(cache_key, 0, timeout=window + 1)
        try:
            count = cache.incr(cache_key)
        except ValueError:
            cache.set(cache_key, 1, timeout=window + 1)
            count = 1
    except Exception as error:  # noqa: BLE001 - an unreachable cache is reported as None
        logger.warning("Rate limit counter unavailable: %s", error)
        return None
    if count is None:
        logger.warning("Rate limit counter unavailable: the cache did not answer")
    return count


def over_limit(key, limit, window=60):
    """Counts one hit for `key`; returns the seconds to wait when over `limit` per `window`,
    else 0 (also when the cache cannot count: fail open)."""
    now = time.time()
    window_start = int(now // window) * window
    count = count_hit(f"ratelimit:{key}:{window_start}", window)
    if count is not None and count > limit:
        return max(1, math.ceil(window_start + window - now))
    return 0
