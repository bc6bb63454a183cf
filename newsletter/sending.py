"""Starting a send from the admin: the mail is rendered and the trainings frozen once, and a
delivery row made for every recipient, in one transaction with the task that sends them."""

from django.db import transaction

from .mail import render_issue
from .models import Delivery, Send, Subscriber
from .trainings import upcoming_trainings

TRAININGS_LIMIT = 12


class AlreadySent(Exception):
    pass


def trainings_limit(issue):
    limits = [block.value["limit"] for block in issue.body if block.block_type == "trainings"]
    return max(limits, default=0)


@transaction.atomic
def start_send(issue, *, kind, user, test_address=None):
    language = issue.locale.language_code
    if kind == Send.Kind.ISSUE:
        if issue.sends.select_for_update().filter(kind=Send.Kind.ISSUE).exists():
            raise AlreadySent(issue.pk)
        trainings = upcoming_trainings(language, trainings_limit(issue))
    else:
        previous = issue.sent_trainings
        trainings = (
            previous
            if previous is not None
            else upcoming_trainings(language, trainings_limit(issue))
        )
    subject, text, html = render_issue(issue, trainings)
    send = Send.objects.create(
        issue=issue,
        kind=kind,
        language=language,
        started_by=user,
        subject=subject,
        body_text=text,
        body_html=html,
        trainings=trainings,
    )
    if kind == Send.Kind.ISSUE:
        recipients = Subscriber.objects.confirmed().filter(language=language)
        Delivery.objects.bulk_create(
            [
                Delivery(send=send, subscriber_id=pk, email=email)
                for pk, email in recipients.values_list("pk", "email")
            ],
            batch_size=500,
        )
    else:
        Delivery.objects.create(send=send, email=test_address)
    queue(send)
    return send


def queue(send):
    from .tasks import send_batch

    if send_batch.get_backend().supports_defer:
        send_batch.enqueue(send.pk)
    else:
        transaction.on_commit(lambda: send_batch.enqueue(send.pk))
