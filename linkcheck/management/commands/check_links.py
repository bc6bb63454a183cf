from django.core.management.base import BaseCommand

from linkcheck.run import check_all_links


class Command(BaseCommand):
    help = "Check every external link of the site; broken and moved ones appear in the admin."

    def add_arguments(self, parser):
        parser.add_argument("--timeout", type=float, default=10, help="seconds per request")
        parser.add_argument("--workers", type=int, default=4, help="requests at the same time")

    def handle(self, *args, timeout, workers, **options):
        counts = check_all_links(timeout=timeout, workers=workers)
        summary = ", ".join(f"{result}: {count}" for result, count in sorted(counts.items()))
        self.stdout.write(f"Checked {sum(counts.values())} links ({summary or 'none'}).")
