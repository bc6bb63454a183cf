from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JobsConfig(AppConfig):
    """The platform for work outside the request: retries and crash recovery for background
    tasks, the report of failed tasks, the scheduler (`manage.py run_scheduled`) and the
    retention purge each app registers with. Knows no content app."""

    name = "jobs"
    verbose_name = _("Achtergrondtaken")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import retries

        retries.connect()
