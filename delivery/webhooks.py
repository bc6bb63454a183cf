"""The signed notification the decoupled app receives when content changes.

The body is JSON; the header `X-Kennispunt-Signature: sha256=<hex>` is the HMAC-SHA256 of the
exact body bytes with `DELIVERY_WEBHOOK_SECRET`. A failed attempt is retried with a growing
pause; every delivery and its outcome is kept in `WebhookDelivery` for editors to see.
Nothing here ever raises into the publishing request.
"""

import hashlib
import hmac
import json
import logging
import threading
import time
import urllib.error
import urllib.request

from django.conf import settings
from django.db import close_old_connections
from django.utils import timezone

from .models import WebhookDelivery

logger = logging.getLogger(__name__)
SIGNATURE_HEADER = "X-Kennispunt-Signature"
EVENT_HEADER = "X-Kennispunt-Event"


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
        payload=payload,
    )  # fmt: skip


def attempt(delivery, body):
    request = urllib.request.Request(
        delivery.target_url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": "Kennispunt-CMS-webhook",
            EVENT_HEADER: delivery.event,
            SIGNATURE_HEADER: sign(body, settings.DELIVERY_WEBHOOK_SECRET),
        },
    )
    with urllib.request.urlopen(request, timeout=settings.DELIVERY_WEBHOOK_TIMEOUT) as response:  # noqa: S310
        return response.status


def deliver(delivery):
    """Send with retries; record the outcome. Returns the delivery."""
    body = json.dumps(delivery.payload, sort_keys=True).encode()
    attempts = settings.DELIVERY_WEBHOOK_ATTEMPTS
    for number in range(1, attempts + 1):
        delivery.attempts = number
        try:
            delivery.response_status = attempt(delivery, body)
        except urllib.error.HTTPError as error:
            delivery.response_status, delivery.error = error.code, f"HTTP {error.code}"
        except Exception as error:  # noqa: BLE001 - any failure is recorded, never raised
            delivery.response_status, delivery.error = None, str(error)[:1000]
        else:
            delivery.status, delivery.error = WebhookDelivery.Status.SENT, ""
            break
        if number < attempts:
            time.sleep(settings.DELIVERY_WEBHOOK_RETRY_DELAY * 2 ** (number - 1))
    else:
        delivery.status = WebhookDelivery.Status.FAILED
        logger.warning("Webhook %s failed after %s attempts", delivery.pk, attempts)
    delivery.finished_at = timezone.now()
    delivery.save()
    return delivery


def deliver_safely(delivery_id):
    try:
        deliver(WebhookDelivery.objects.get(pk=delivery_id))
    except Exception:  # noqa: BLE001
        logger.exception("Webhook delivery %s could not be processed", delivery_id)


def deliver_in_background(delivery_id):
    """In production a thread, so publishing never waits for the decoupled app."""
    if not settings.DELIVERY_WEBHOOK_BACKGROUND:
        deliver_safely(delivery_id)
        return

    def run():
        try:
            deliver_safely(delivery_id)
        finally:
            close_old_connections()

    threading.Thread(target=run, daemon=True, name=f"webhook-{delivery_id}").start()
