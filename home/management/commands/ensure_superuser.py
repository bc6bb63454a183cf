import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Creates the development administrator when it does not exist yet "
        "(DEV_ADMIN_USERNAME / DEV_ADMIN_PASSWORD, default admin / admin)."
    )

    def handle(self, *args, **options):
        # A known password is only acceptable on a developer's machine.
        if not settings.SETTINGS_MODULE.endswith((".dev", ".test")):
            raise CommandError(
                "ensure_superuser only runs in development; use createsuperuser in production."
            )
        username = os.environ.get("DEV_ADMIN_USERNAME", "admin")
        password = os.environ.get("DEV_ADMIN_PASSWORD", "admin")
        users = get_user_model().objects
        if users.filter(username=username).exists():
            self.stdout.write(f"Administrator {username!r} already exists.")
            return
        users.create_superuser(username=username, email="", password=password)
        self.stdout.write(f"Administrator {username!r} created.")
