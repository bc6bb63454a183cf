from django.core.management.base import BaseCommand

from backups import archive


class Command(BaseCommand):
    help = "Back up the database and all uploaded files into one dated .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument("directory", help="where the archive is written")

    def handle(self, directory, **options):
        path = archive.create(directory)
        self.stdout.write(str(path))
