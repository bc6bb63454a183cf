from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MailConfig(AppConfig):
    """The one place that builds and sends e-mail: mail.messages.send_templated."""

    name = "mail"
    verbose_name = _("E-mail")
    default_auto_field = "django.db.models.BigAutoField"
