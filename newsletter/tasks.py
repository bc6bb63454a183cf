"""Sending an issue on the task worker, a batch per task run, at NEWSLETTER_SEND_RATE
messages per second over one SMTP connection per batch.

Each delivery row is claimed (pending → sending) by itself just before its SMTP conversation
and marked sent after it. A worker that stops mid-send leaves at most the one row it was
talking about in "sending": a run after it (the scheduler requeues a stalled task, see
jobs/retries.py) never sends that row again, so a crash can cost one recipient's report,
never give anyone a second copy. The next batch is a new task, so a long send neither holds
the worker nor loses more than a batch's progress."""

import time

from django.conf import settings
from django.core.mail import get_connection
from django.utils import timezone

from jobs.tasks import background_task

from .mail import message_for
from .models import Delivery, Send

Status = Delivery.Status


def claim(delivery_id):
    return Delivery.objects.filter(pk=delivery_id, status=Status.PENDING).update(
        status=Status.SENDING, claimed_at=timezone.now()
    )


@background_task(attempts=5)
def send_batch(send_id):
    send = Send.objects.filter(pk=send_id).first()
    if send is None:
        return "gone"
    batch = list(
        send.deliveries.filter(status=Status.PENDING)
        .order_by("id")
        .values_list("pk", flat=True)[: settings.NEWSLETTER_BATCH_SIZE]
    )
    interval = 1 / settings.NEWSLETTER_SEND_RATE
    sent = failed = 0
    next_slot = time.monotonic()
    connection = get_connection(fail_silently=False)
    try:
        for delivery_id in batch:
            if not claim(delivery_id):
                continue  # another run took it
            delay = next_slot - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            next_slot = max(next_slot, time.monotonic()) + interval
            delivery = Delivery.objects.get(pk=delivery_id)
            try:
                connection.open()  # a no-op while open: one conversation for the batch
                message_for(send, delivery, connection).send()
            except Exception as error:
                connection.close()  # the next message opens a fresh conversation
                failed += Delivery.objects.filter(pk=delivery_id, status=Status.SENDING).update(
                    status=Status.FAILED, error=f"{error.__class__.__name__}: {error}"[:2000]
                )
                continue
            sent += Delivery.objects.filter(pk=delivery_id, status=Status.SENDING).update(
                status=Status.SENT, sent_at=timezone.now()
            )
    finally:
        connection.close()
    if send.deliveries.filter(status=Status.PENDING).exists():
        send_batch.enqueue(send_id)
    else:
        Send.objects.filter(pk=send_id, status=Send.Status.SENDING).update(
            status=Send.Status.DONE, finished_at=timezone.now()
        )
    return f"{sent} sent, {failed} failed"
