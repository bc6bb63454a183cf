"""Run inside `manage.py shell` against the crash test's own database (test_worker_crash.py):
an archive, an issue, subscribers, and a send started as the admin starts it."""

import json

from django.db.models import Count
from wagtail.models import Page

from newsletter.factories import (
    NewsletterIndexPageFactory,
    NewsletterIssuePageFactory,
    SubscriberFactory,
)
from newsletter.models import Delivery, Send
from newsletter.sending import start_send


def start(count):
    root = Page.get_first_root_node().get_children().first()
    archive = NewsletterIndexPageFactory(parent=root)
    issue = NewsletterIssuePageFactory(parent=archive, title="Nieuwsbrief crash")
    issue.save_revision().publish()
    SubscriberFactory.create_batch(count)
    send = start_send(issue, kind=Send.Kind.ISSUE, user=None)
    print(json.dumps({"send": send.pk}))


def report(send_id):
    counts = dict(
        Delivery.objects.filter(send_id=send_id)
        .values_list("status")
        .annotate(n=Count("id"))
        .order_by()
    )
    print(json.dumps({"counts": counts, "status": Send.objects.get(pk=send_id).status}))
