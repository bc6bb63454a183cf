from django.core.management.base import BaseCommand

from demo.loader import DemoSite
from guides.models import GuidePage


class Command(BaseCommand):
    help = "Builds (or brings up to date) the demo site: home, topics, guides, about and contact."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Only load when the database has no guides yet (used by `make run`).",
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and GuidePage.objects.exists():
            self.stdout.write("Guides found: demo content not loaded again.")
            return
        DemoSite(log=self.stdout.write).load()
