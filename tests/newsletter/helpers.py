"""What the newsletter tests share: an archive with an issue, a fake trainings agenda, and
reading links out of the mails the real SMTP server received."""

import datetime
import re
import uuid
from urllib.parse import urlsplit

from django.utils import timezone

from newsletter.factories import NewsletterIndexPageFactory, NewsletterIssuePageFactory
from tests.sections import home

UPCOMING = [
    {
        "title": "Training campagne voeren",
        "url": "https://example.nl/trainingen/campagne/",
        "start": timezone.make_aware(datetime.datetime(2026, 12, 10, 19, 30)),
        "place": "Utrecht",
        "online": False,
    },
    {
        "title": "Webinar integriteit",
        "url": "https://example.nl/trainingen/integriteit/",
        "start": timezone.make_aware(datetime.datetime(2026, 12, 3, 20, 0)),
        "place": "",
        "online": True,
    },
]


def fake_trainings(language, limit):
    return UPCOMING[:limit]


def body(*blocks):
    return [{"type": kind, "value": value, "id": str(uuid.uuid4())} for kind, value in blocks]


def make_archive():
    return NewsletterIndexPageFactory(parent=home("nl"))


def make_issue(archive, **fields):
    fields.setdefault(
        "body",
        body(
            ("introduction", "<p>Welkom bij de nieuwsbrief van december.</p>"),
            ("trainings", {"heading": "Trainingen die eraan komen", "limit": 5}),
        ),
    )
    issue = NewsletterIssuePageFactory(parent=archive, **fields)
    issue.save_revision().publish()
    return issue


def path_of(url):
    parts = urlsplit(url)
    return parts.path


def link_in(message, pattern):
    text = message.get_body(preferencelist=("plain",)).get_content()
    return re.search(pattern, text).group(0)


def html_of(message):
    return message.get_body(preferencelist=("html",)).get_content()


def recipients(server):
    return [address for _sender, tos in server.envelopes for address in tos]
