"""Webhook deliveries as background tasks (jobs/): one task per attempt.

The WebhookDelivery row keeps its own schedule (attempts, doubling pause, claims, see
sending.py); the task makes one attempt and, if another is due later, queues itself for then.
The scheduler's sweep (`sweep`, every minute) queues what a stopped worker or the immediate
backend left due. A delivery that has used all its attempts fails its task, so it is listed
under Reports → Mislukte taken too; retrying it there gives it a fresh round of attempts."""

from datetime import timedelta

from django.utils import timezone

from jobs.tasks import PermanentFailure, background_task

from .models import WebhookDelivery
from .sending import claim, due, give_up_abandoned, send

Status = WebhookDelivery.Status
# A retry the task itself queued is left to it for this long before the sweep steps in.
SWEEP_GRACE = timedelta(minutes=2)


class WebhookFailed(PermanentFailure):
    pass


def reset_for_retry(delivery_id):
    WebhookDelivery.objects.filter(pk=delivery_id, status=Status.FAILED).update(
        status=Status.PENDING, attempts=0, next_attempt_at=timezone.now(), finished_at=None
    )


@background_task(attempts=1, on_retry=reset_for_retry)
def deliver(delivery_id):
    delivery = claim(delivery_id)
    if delivery is None:
        return "not due"
    status = send(delivery)
    if status == Status.FAILED:
        delivery.refresh_from_db()
        raise WebhookFailed(f"Webhook {delivery_id}: {delivery.error}")
    if status == Status.PENDING:
        queue_retry(delivery_id)
    return status


def queue_retry(delivery_id):
    backend = deliver.get_backend()
    if not backend.supports_defer:
        return  # the sweep sends it when it is due
    next_attempt_at = (
        WebhookDelivery.objects.filter(pk=delivery_id).values_list("next_attempt_at", flat=True)
    ).first()
    if next_attempt_at is not None:
        deliver.using(run_after=next_attempt_at).enqueue(delivery_id)


def sweep():
    """Queue a task for every delivery that is due and that no task is taking care of."""
    failed = give_up_abandoned()
    ids = list(
        WebhookDelivery.objects.filter(due(timezone.now() - SWEEP_GRACE)).values_list(
            "pk", flat=True
        )
    )
    for delivery_id in ids:
        deliver.enqueue(delivery_id)
    return f"{len(ids)} queued, {failed} failed"


def purge_log(cutoff):
    """Finished deliveries made before `cutoff` (retention, WEBHOOK_LOG_RETENTION_DAYS)."""
    finished = [Status.DELIVERED, Status.FAILED]
    return WebhookDelivery.objects.filter(created_at__lt=cutoff, status__in=finished).delete()[0]


def deliver_in_background(delivery_id):
    """Hand the first attempt to the task worker, so publishing never waits for the app."""
    deliver.enqueue(delivery_id)
