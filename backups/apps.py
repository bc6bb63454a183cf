from django.apps import AppConfig


class BackupsConfig(AppConfig):
    """Backing up the database and the uploaded files into one archive, and restoring it."""

    name = "backups"
    verbose_name = "Back-ups"
