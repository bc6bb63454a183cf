from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HelpdeskConfig(AppConfig):
    """The helpdesk: questions from local parties, answered by staff; good answers as FAQ."""

    name = "helpdesk"
    verbose_name = _("Helpdesk")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import views
        from .models import HelpdeskPage

        HelpdeskPage.ask_view = staticmethod(views.ask)
        HelpdeskPage.status_view = staticmethod(views.status)
