from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The HTTP API: v2 router, v3, search API, site endpoints, preview."""

    name = "api"
    verbose_name = _("API")
