from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    """The newsletter: an archive of issues, sign-up with double opt-in, sending from the
    admin on the task worker."""

    name = "newsletter"
    verbose_name = _("Nieuwsbrief")
    default_auto_field = "django.db.models.BigAutoField"
