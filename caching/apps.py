from django.apps import AppConfig


class CachingConfig(AppConfig):
    """HTTP caching: cache headers, the server-side response cache, and which URLs to purge
    from the front-end caches when a page changes."""

    name = "caching"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import response_cache

        response_cache.connect()
