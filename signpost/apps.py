from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SignpostConfig(AppConfig):
    """The signpost (wegwijzer) for elected representatives: entry by role and by policy
    theme (dossiers), with curated resources that are edited once and chosen into both."""

    name = "signpost"
    verbose_name = _("Wegwijzer")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from linkcheck.sources import register

        from .links import resource_links

        register(resource_links)
