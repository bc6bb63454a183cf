from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    """News of the centre: dated items with topics, an archive per language and feeds."""

    name = "news"
    verbose_name = _("Nieuws")
    default_auto_field = "django.db.models.BigAutoField"
