from django.core.management.base import BaseCommand

from search.documents import rebuild


class Command(BaseCommand):
    help = "Rebuild the database search index (documents and terms of live, public pages)."

    def handle(self, *args, **options):
        count = rebuild()
        self.stdout.write(f"{count} zoekdocumenten opgebouwd.")
