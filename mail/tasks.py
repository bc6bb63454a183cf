"""Sending a stored message: one SMTP (or provider) conversation per attempt.

The message row says how far it got, so no enqueue sends it twice: a claim moves it from
"queued" to "sending" before the server is contacted, and only a finished conversation marks it
"sent". A task that finds its message already sent does nothing. One that finds it still
"sending" knows a worker stopped mid-conversation, when the server may or may not have taken
it: it is marked "interrupted" and reported (Reports → Mislukte taken) for staff to resend,
rather than risk a second copy. A failure is retried (MAIL_ATTEMPTS, JOBS_RETRY_DELAY doubling)
and the message waits in "queued" in between."""

import base64

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db.models import F
from django.utils import timezone

from jobs.tasks import PermanentFailure, background_task

from .models import OutgoingMessage

Status = OutgoingMessage.Status


class MessageInterrupted(PermanentFailure):
    pass


class MessageFailed(PermanentFailure):
    pass


def reset_for_retry(message_id):
    """Staff's retry: the message gets a fresh round of attempts."""
    OutgoingMessage.objects.filter(
        pk=message_id, status__in=[Status.FAILED, Status.INTERRUPTED, Status.QUEUED]
    ).update(status=Status.QUEUED, attempts=0, claimed_at=None)


def email_of(message):
    email = EmailMultiAlternatives(
        subject=message.subject,
        body=message.body_text,
        from_email=message.from_email,
        to=message.to,
        reply_to=message.reply_to or None,
        headers={"Message-ID": message.message_id},
        connection=get_connection(fail_silently=False),
    )
    email.attach_alternative(message.body_html, "text/html")
    for attachment in message.attachments:
        content = base64.b64decode(attachment["content"])
        email.attach(attachment["filename"], content, attachment["mimetype"])
    return email


@background_task(attempts=lambda: settings.MAIL_ATTEMPTS, on_retry=reset_for_retry)
def send_message(message_id):
    now = timezone.now()
    claimed = OutgoingMessage.objects.filter(pk=message_id, status=Status.QUEUED).update(
        status=Status.SENDING, claimed_at=now, attempts=F("attempts") + 1
    )
    if not claimed:
        return outcome_without_claim(message_id)
    message = OutgoingMessage.objects.get(pk=message_id)
    try:
        email_of(message).send()
    except Exception as error:
        last = message.attempts >= settings.MAIL_ATTEMPTS
        OutgoingMessage.objects.filter(pk=message_id, status=Status.SENDING).update(
            status=Status.FAILED if last else Status.QUEUED,
            claimed_at=None,
            error=f"{error.__class__.__name__}: {error}"[:2000],
        )
        raise
    OutgoingMessage.objects.filter(pk=message_id, status=Status.SENDING).update(
        status=Status.SENT, sent_at=timezone.now(), error=""
    )
    return "sent"


def outcome_without_claim(message_id):
    message = OutgoingMessage.objects.filter(pk=message_id).first()
    if message is None or message.status == Status.SENT:
        return "already sent" if message else "gone"
    if message.status == Status.SENDING:
        OutgoingMessage.objects.filter(pk=message_id, status=Status.SENDING).update(
            status=Status.INTERRUPTED,
            error="Verzending onderbroken: de server heeft het bericht mogelijk al ontvangen.",
        )
        raise MessageInterrupted(
            f"Message {message_id} to {', '.join(message.to)} was cut off mid-send; "
            "it may have arrived. Retry to send it again."
        )
    raise MessageFailed(f"Message {message_id} is {message.status}: {message.error}")


def send_unsent():
    """For the immediate backend only, which cannot queue a retry for later: send the queued
    messages whose sending failed. The database backend retries by itself."""
    if send_message.get_backend().supports_defer:
        return "database backend retries by itself"
    ids = list(
        OutgoingMessage.objects.filter(status=Status.QUEUED)
        .exclude(error="")
        .values_list("pk", flat=True)
    )
    for message_id in ids:
        send_message.enqueue(message_id)
    return f"{len(ids)} queued"


def purge_outbox(cutoff):
    """Sent and given-up messages made before `cutoff` (MAIL_RETENTION_DAYS)."""
    done = [Status.SENT, Status.FAILED, Status.INTERRUPTED]
    return OutgoingMessage.objects.filter(created_at__lt=cutoff, status__in=done).delete()[0]
