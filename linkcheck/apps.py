from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LinkCheckConfig(AppConfig):
    """Checks the external links of the site (page bodies and every registered source, such
    as the signpost's resources) and reports the broken and moved ones to editors."""

    name = "linkcheck"
    verbose_name = _("Linkcontrole")
    default_auto_field = "django.db.models.BigAutoField"
