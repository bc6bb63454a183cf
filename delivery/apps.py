from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeliveryConfig(AppConfig):
    """How content reaches the decoupled app: cache headers, a response cache, purging and
    webhooks on publication, rate limits and headless preview."""

    name = "delivery"
    verbose_name = _("Levering")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import response_cache, signals

        signals.connect()
        response_cache.connect()
