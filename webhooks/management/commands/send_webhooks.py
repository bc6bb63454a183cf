import logging
import signal
import threading

from django.core.management.base import BaseCommand
from django.db import close_old_connections, connection

from webhooks.sending import send_due

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Send every webhook delivery that is due: retries after a failed attempt, and "
        "deliveries a stopped process left unsent or half-sent. Each delivery gets one attempt "
        "per run; a failure is rescheduled with a doubling pause (WEBHOOK_RETRY_DELAY) until "
        "WEBHOOK_ATTEMPTS is reached, then marked failed. Exits 0 whatever the outcome. "
        "Without --loop it sends what is due once and stops: run it every minute from cron or "
        "a systemd timer. With --loop it keeps running, checking every --interval seconds, for "
        "a systemd service (Restart=always); SIGTERM/SIGINT stop it after the round in "
        "progress, and a delivery cut off mid-send is sent again after "
        "WEBHOOK_SENDING_TIMEOUT. Several copies may run at once: each delivery is claimed "
        "before it is sent."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop", action="store_true", help="Keep running and send deliveries as they fall due."
        )
        parser.add_argument(
            "--interval",
            type=float,
            default=10.0,
            help="Seconds between checks with --loop (default 10).",
        )

    def handle(self, *args, loop=False, interval=10.0, **options):
        if not loop:
            self.report(send_due())
            return
        stopping = threading.Event()
        previous = {
            signum: signal.signal(signum, lambda *_: stopping.set())
            for signum in (signal.SIGTERM, signal.SIGINT)
        }
        try:
            while not stopping.is_set():
                self.send_round()
                stopping.wait(max(interval, 0.1))
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)

    def send_round(self):
        try:
            summary = send_due()
        except Exception:  # noqa: BLE001 - e.g. the database restarting; try again next round
            logger.exception("Sending due webhooks failed")
        else:
            if summary.delivered or summary.retrying or summary.failed:
                self.report(summary)
        # A long-running process must drop broken or expired database connections; inside a
        # transaction (only ever a test) there is nothing to drop.
        if not connection.in_atomic_block:
            close_old_connections()

    def report(self, summary):
        self.stdout.write(
            f"Webhooks: {summary.delivered} afgeleverd, {summary.retrying} opnieuw ingepland, "
            f"{summary.failed} mislukt."
        )
