"""Counts must be shared between workers: with the per-process cache each gunicorn worker
counts alone, and N workers let N times the limit through."""

from django.conf import settings
from django.core.checks import Error, Warning, register

PER_PROCESS_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@register()
def rate_limit_counts_are_shared(app_configs, **kwargs):
    backend = settings.CACHES["default"]["BACKEND"]
    if not settings.API_RATE_LIMIT or backend not in PER_PROCESS_CACHES:
        return []
    message = "API_RATE_LIMIT is on, but the cache is per process: each worker counts alone."
    hint = "Set REDIS_URL so the rate limit counts across workers (or API_RATE_LIMIT=0)."
    if settings.SETTINGS_MODULE.endswith(".production"):
        return [Error(message, hint=hint, id="ratelimits.E001")]
    return [Warning(message, hint=hint, id="ratelimits.W001")]
