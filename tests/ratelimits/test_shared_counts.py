"""Without Redis each worker would count alone: an error in production, a warning elsewhere."""

import pytest

from ratelimits.checks import rate_limit_counts_are_shared

LOCMEM = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
REDIS = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://x/0"}}


@pytest.mark.parametrize(
    ("module", "level"), [("cms.settings.production", "E001"), ("cms.settings.dev", "W001")]
)
def test_a_per_process_cache_with_a_limit_is_reported(settings, module, level):
    settings.API_RATE_LIMIT, settings.CACHES, settings.SETTINGS_MODULE = 600, LOCMEM, module
    [message] = rate_limit_counts_are_shared(None)
    assert message.id == f"ratelimits.{level}"


def test_redis_or_no_limit_is_fine(settings):
    settings.API_RATE_LIMIT, settings.CACHES = 600, REDIS
    assert rate_limit_counts_are_shared(None) == []
    settings.API_RATE_LIMIT, settings.CACHES = 0, LOCMEM
    assert rate_limit_counts_are_shared(None) == []
