"""Messages per second of a newsletter send through a local SMTP server (aiosmtpd, as in the
tests), the way the worker sends: Send + Delivery rows, send_batch over one SMTP connection per
batch, each row claimed before and marked after its message.

    DJANGO_SETTINGS_MODULE=cms.settings.test .venv/bin/python benchmarks/newsletter_send_rate.py [N]

Runs on a throw-away in-memory database; NEWSLETTER_SEND_RATE is lifted, so the figure is what
the code and the server manage, the ceiling under any configured rate."""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
os.environ["DATABASE_URL"] = "sqlite://:memory:"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402


def main(count):
    from newsletter.models import Delivery, Send
    from newsletter.tasks import send_batch
    from tests.smtp_server import SmtpServer

    setup_test_environment()
    call_command("migrate", verbosity=0)
    server = SmtpServer().start()
    for name, value in server.settings().items():
        setattr(settings, name, value)
    settings.NEWSLETTER_SEND_RATE = 1_000_000
    settings.NEWSLETTER_BATCH_SIZE = count
    html = "<html><body>" + "<p>Nieuws van het Kennispunt.</p>" * 200 + "</body></html>"
    from wagtail.models import Page

    from newsletter.factories import NewsletterIndexPageFactory, NewsletterIssuePageFactory

    root = Page.get_first_root_node()
    issue = NewsletterIssuePageFactory(parent=NewsletterIndexPageFactory(parent=root))
    send = Send.objects.create(
        issue=issue, kind="issue", language="nl", subject="Benchmark",
        body_text="Nieuws van het Kennispunt.\n" * 150, body_html=html,
    )  # fmt: skip
    Delivery.objects.bulk_create(
        [Delivery(send=send, email=f"lezer{n}@example.nl") for n in range(count)]
    )
    started = time.perf_counter()
    send_batch.call(send.pk)
    elapsed = time.perf_counter() - started
    server.stop()
    sent = Delivery.objects.filter(send=send, status="sent").count()
    assert sent == len(server.messages) == count, (sent, len(server.messages))
    print(f"{count} messages in {elapsed:.2f} s: {count / elapsed:.0f} messages/second")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
