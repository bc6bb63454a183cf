from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningPathsConfig(AppConfig):
    """Learning paths: ordered series of guides ("Een nieuwe partij oprichten"), each guide
    showing where it stands in the path, with the previous and next step."""

    name = "learningpaths"
    verbose_name = _("Leerlijnen")
    default_auto_field = "django.db.models.BigAutoField"
