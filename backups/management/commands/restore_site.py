from django.core.management import call_command
from django.core.management.base import BaseCommand

from backups import archive


class Command(BaseCommand):
    help = (
        "Restore a backup_site archive into an empty database and empty upload folders, "
        "then rebuild the search index."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="a kennispunt-<date>.tar.gz from backup_site")

    def handle(self, *args, **options):
        manifest = archive.restore(options["archive"])
        self.stdout.write(f"Hersteld: back-up van {manifest['created_at']}")
        call_command("update_index", verbosity=0)
        self.stdout.write("Zoekindex opnieuw opgebouwd.")
