from django.apps import AppConfig


class RateLimitsConfig(AppConfig):
    """Rate limits for anonymous API use."""

    name = "ratelimits"
    default_auto_field = "django.db.models.BigAutoField"
