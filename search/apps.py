from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Zoeken")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import querylog, signals

        signals.connect_page_signals()
        querylog.connect()
        post_migrate.connect(signals.build_missing_documents, sender=self)
