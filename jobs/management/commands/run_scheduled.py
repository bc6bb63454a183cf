from django.core.management.base import BaseCommand

from jobs.registry import scheduled_jobs
from jobs.scheduler import run_due


class Command(BaseCommand):
    help = (
        "Run every scheduled job whose interval has passed (publish_scheduled, task results, "
        "retention purge, webhook sweep, stalled tasks, and what apps register). Idempotent and "
        "safe to run every minute from a systemd timer or cron; a second runner while one is "
        "busy does nothing. Exits 1 if a job failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--list", action="store_true", help="List the jobs and intervals.")
        parser.add_argument("--job", action="append", help="Only this job (may be repeated).")

    def handle(self, *args, list=False, job=None, **options):
        if list:
            for scheduled in scheduled_jobs():
                self.stdout.write(f"{scheduled.name}\tevery {scheduled.every}")
            return
        outcome = run_due(only=job)
        if outcome.locked_out:
            self.stdout.write("Another run_scheduled holds the lock; nothing done.")
            return
        for name in outcome.ran:
            self.stdout.write(f"ran {name}")
        for name in outcome.failed:
            self.stderr.write(f"FAILED {name}")
        if outcome.failed:
            raise SystemExit(1)
