from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebhooksConfig(AppConfig):
    """Signed notifications to the decoupled app when content changes, with their log and the
    admin report "Meldingen aan de app"."""

    name = "webhooks"
    verbose_name = _("Meldingen aan de app")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.connect()
