"""The signed notification the decoupled app receives when content changes.

The body is JSON; the header `X-Kennispunt-Signature: sha256=<hex>` is the HMAC-SHA256 of the
exact body bytes with `DELIVERY_WEBHOOK_SECRET`. The body's `delivery_id` (also in the
`X-Kennispunt-Delivery` header) lets the receiver ignore a repeat: delivery is at least once.

`WebhookDelivery` rows are the source of truth. Right after publishing, a background task makes
the first attempt; each retry is a task queued for its time (webhooks/tasks.py), and anything a
stopped process left behind is queued by the scheduler's sweep (or `manage.py send_webhooks`).
A sender first claims a row with a conditional UPDATE, so two processes never send the same
attempt; a claim older than `DELIVERY_WEBHOOK_SENDING_TIMEOUT` counts as abandoned (a crashed
process) and is due again.
Nothing here ever raises into the publishing request.
"""

import hashlib
import hmac
import json
import logging
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone

from .models import WebhookDelivery

logger = logging.getLogger(__name__)
Status = WebhookDelivery.Status
SIGNATURE_HEADER = "X-Kennispunt-Signature"
EVENT_HEADER = "X-Kennispunt-Event"
DELIVERY_HEADER = "X-Kennispunt-Delivery"
ABANDONED_ERROR = "Verzending afgebroken (proces gestopt)"


def sign(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify(body: bytes, signature: str, secret: str) -> bool:
    return hmac.compare_digest(sign(body, secret), signature or "")


def create_delivery(event, page_id, page_title, payload):
    url = settings.DELIVERY_WEBHOOK_URL
    if not url:
        return None
    return WebhookDelivery.objects.create(
        event=event, page_id=page_id, page_title=page_title[:255], target_url=url,
        payload=payload, next_attempt_at=timezone.now(),
    )  # fmt: skip


def retry_delay(attempts):
    """The pause after the `attempts`-th failed attempt: the base delay, doubled each time."""
    return timedelta(seconds=settings.DELIVERY_WEBHOOK_RETRY_DELAY * 2 ** (attempts - 1))


def abandoned_before(now):
    return now - timedelta(seconds=settings.DELIVERY_WEBHOOK_SENDING_TIMEOUT)


def due(now):
    return Q(status=Status.PENDING, next_attempt_at__lte=now) | Q(
        status=Status.SENDING, claimed_at__lt=abandoned_before(now)
    )


def claim(delivery_id):
    """Take the delivery for one attempt if it is due and nobody else holds it; None if not."""
    now = timezone.now()
    token = uuid.uuid4().hex
    claimed = (
        WebhookDelivery.objects.filter(due(now), pk=delivery_id)
        .filter(attempts__lt=settings.DELIVERY_WEBHOOK_ATTEMPTS)
        .update(
            status=Status.SENDING, claimed_at=now, claim_token=token, attempts=F("attempts") + 1
        )
    )
    if not claimed:
        return None
    return WebhookDelivery.objects.get(pk=delivery_id, claim_token=token)


def body_of(delivery):
    return json.dumps({**delivery.payload, "delivery_id": delivery.pk}, sort_keys=True).encode()


def post(delivery, body):
    request = urllib.request.Request(
        delivery.target_url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": "Kennispunt-CMS-webhook",
            EVENT_HEADER: delivery.event,
            DELIVERY_HEADER: str(delivery.pk),
            SIGNATURE_HEADER: sign(body, settings.DELIVERY_WEBHOOK_SECRET),
        },
    )
    with urllib.request.urlopen(request, timeout=settings.DELIVERY_WEBHOOK_TIMEOUT) as response:  # noqa: S310
        return response.status


def send(delivery):
    """One attempt for a claimed delivery; records the outcome and schedules a retry or gives
    up. Returns the delivery's new status."""
    response_status, error = None, ""
    try:
        response_status = post(delivery, body_of(delivery))
    except urllib.error.HTTPError as failure:
        response_status, error = failure.code, f"HTTP {failure.code}"
    except Exception as failure:  # noqa: BLE001 - any failure is recorded, never raised
        error = str(failure)[:1000] or failure.__class__.__name__
    now = timezone.now()
    outcome = {"response_status": response_status, "error": error, "claimed_at": None}
    if not error:
        outcome.update(status=Status.DELIVERED, finished_at=now, next_attempt_at=None)
    elif delivery.attempts >= settings.DELIVERY_WEBHOOK_ATTEMPTS:
        outcome.update(status=Status.FAILED, finished_at=now, next_attempt_at=None)
        logger.warning("Webhook %s failed after %s attempts", delivery.pk, delivery.attempts)
    else:
        outcome.update(status=Status.PENDING, next_attempt_at=now + retry_delay(delivery.attempts))
    recorded = WebhookDelivery.objects.filter(
        pk=delivery.pk, claim_token=delivery.claim_token, status=Status.SENDING
    ).update(**outcome)
    if not recorded:
        logger.warning("Webhook %s was taken over by another sender", delivery.pk)
    return outcome["status"]


def give_up_abandoned():
    """Deliveries abandoned mid-attempt that have no attempts left are failed, not resent."""
    now = timezone.now()
    return WebhookDelivery.objects.filter(
        status=Status.SENDING,
        claimed_at__lt=abandoned_before(now),
        attempts__gte=settings.DELIVERY_WEBHOOK_ATTEMPTS,
    ).update(
        status=Status.FAILED, error=ABANDONED_ERROR, finished_at=now, next_attempt_at=None,
        claimed_at=None,
    )  # fmt: skip


@dataclass
class Summary:
    delivered: int = 0
    retrying: int = 0
    failed: int = 0


def send_due(batch_size=100):
    """Send every delivery that is due now (one attempt each). Safe to run in several
    processes at once."""
    summary = Summary(failed=give_up_abandoned())
    seen = set()
    while True:
        ids = list(
            WebhookDelivery.objects.filter(due(timezone.now()))
            .exclude(pk__in=seen)
            .order_by("next_attempt_at", "pk")
            .values_list("pk", flat=True)[:batch_size]
        )
        if not ids:
            return summary
        for delivery_id in ids:
            seen.add(delivery_id)
            delivery = claim(delivery_id)
            if delivery is None:
                continue
            status = send(delivery)
            if status == Status.DELIVERED:
                summary.delivered += 1
            elif status == Status.FAILED:
                summary.failed += 1
            else:
                summary.retrying += 1
