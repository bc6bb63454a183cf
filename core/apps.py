from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What several apps share; it knows no content app."""

    name = "core"
    verbose_name = _("Gedeeld")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import routing, site_roots, view_restrictions

        routing.install()
        site_roots.install()
        view_restrictions.install()
