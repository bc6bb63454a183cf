from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    """The site's downloadable files (Wagtail's document model with a description and a
    language), searchable next to the pages."""

    name = "documents"
    verbose_name = _("Documenten")
    default_auto_field = "django.db.models.BigAutoField"
