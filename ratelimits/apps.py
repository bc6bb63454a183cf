from django.apps import AppConfig


class RateLimitsConfig(AppConfig):
    """Rate limits for anonymous API use."""

    name = "ratelimits"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401 (registers the system check)
