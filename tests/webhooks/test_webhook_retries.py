"""Webhook deliveries survive a restart: the row is the source of truth, `send_webhooks` sends
what is due, a claim left by a crashed process expires, and after the last attempt it fails.

Time passing is played by moving a row's `next_attempt_at` or `claimed_at` into the past."""

import hashlib
import hmac
import io
import json
import os
import re
import signal
import threading
from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.utils import timezone

from guides.factories import GuidePageFactory
from webhooks.models import WebhookDelivery
from webhooks.sending import ABANDONED_ERROR, claim, send

pytestmark = pytest.mark.django_db
Status = WebhookDelivery.Status


@pytest.fixture
def guide(topic):
    return GuidePageFactory(parent=topic, title="Gids die de app moet kennen", slug="app-gids")


@pytest.fixture
def capture_on_commit(django_capture_on_commit_callbacks):
    return django_capture_on_commit_callbacks


def publish(page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


def send_webhooks():
    out = io.StringIO()
    call_command("send_webhooks", stdout=out)
    return out.getvalue()


def let_time_pass(delivery, field="next_attempt_at"):
    """Move `field` back until the delivery is due (a claim: until it has expired)."""
    seconds = django_settings.DELIVERY_WEBHOOK_SENDING_TIMEOUT + 1 if field == "claimed_at" else 1
    past = timezone.now() - timedelta(seconds=seconds)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(**{field: past})


def report_rows(client, query=""):
    """The cells of each row of the editors' log, as text."""
    response = client.get(f"/admin/reports/webhooks/{query}")
    assert response.status_code == 200
    html = response.content.decode()
    if '<table class="listing"' not in html:
        return []
    listing = html[html.index('<table class="listing"') :]
    body = listing[listing.index("<tbody>") : listing.index("</tbody>")]
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S)
    cells = [re.findall(r"<td[^>]*>(.*?)</td>", row, re.S) for row in rows]
    return [[" ".join(re.sub(r"<[^>]+>", " ", cell).split()) for cell in row] for row in cells]


def receiver_accepts(post, secret="test-geheim"):
    """What the decoupled app does: HMAC-SHA256 over the exact body with the shared secret."""
    expected = "sha256=" + hmac.new(secret.encode(), post["body"], hashlib.sha256).hexdigest()
    return hmac.compare_digest(post["headers"]["X-Kennispunt-Signature"], expected)


def test_receiver_down_then_up(receiver, guide, admin_client, settings, capture_on_commit):
    settings.DELIVERY_WEBHOOK_RETRY_DELAY = 60
    receiver.stop()
    guide.title = "Gepubliceerd terwijl de app plat lag"
    publish(guide, capture_on_commit)
    guide.refresh_from_db()
    assert guide.live and guide.title == "Gepubliceerd terwijl de app plat lag"

    delivery = WebhookDelivery.objects.get()
    assert delivery.status == Status.PENDING and delivery.attempts == 1
    assert delivery.error and delivery.response_status is None
    wait = delivery.next_attempt_at - timezone.now()
    assert timedelta(seconds=50) < wait <= timedelta(seconds=60)
    assert "0 afgeleverd" in send_webhooks()  # not due yet
    assert WebhookDelivery.objects.get().attempts == 1

    receiver.start()
    let_time_pass(delivery)
    assert "1 afgeleverd, 0 opnieuw ingepland, 0 mislukt" in send_webhooks()
    delivery.refresh_from_db()
    assert delivery.status == Status.DELIVERED and delivery.attempts == 2
    assert delivery.response_status == 204 and not delivery.error
    assert delivery.next_attempt_at is None and delivery.finished_at
    [post] = receiver.posts()
    assert post["headers"]["X-Kennispunt-Event"] == "published"
    assert receiver_accepts(post) and not receiver_accepts(post, "ander-geheim")
    payload = json.loads(post["body"])
    assert payload["page"]["title"] == "Gepubliceerd terwijl de app plat lag"
    assert payload["delivery_id"] == delivery.pk

    [row] = report_rows(admin_client)
    assert row[1:] == [
        "gepubliceerd", "Gepubliceerd terwijl de app plat lag", "Afgeleverd", "2 van 3", "",
        "204", "",
    ]  # fmt: skip
    assert "0 afgeleverd" in send_webhooks() and len(receiver.posts()) == 1  # sent once


def test_failures_back_off_exponentially_then_fail(receiver, guide, settings, capture_on_commit):
    settings.DELIVERY_WEBHOOK_RETRY_DELAY = 10
    receiver.failures_left = 99
    publish(guide, capture_on_commit)
    delivery = WebhookDelivery.objects.get()
    pauses = []
    for _ in range(2):
        assert delivery.status == Status.PENDING and delivery.response_status == 500
        pauses.append(delivery.next_attempt_at - timezone.now())
        let_time_pass(delivery)
        send_webhooks()
        delivery.refresh_from_db()
    assert timedelta(seconds=8) < pauses[0] <= timedelta(seconds=10)
    assert timedelta(seconds=18) < pauses[1] <= timedelta(seconds=20)
    assert delivery.status == Status.FAILED and delivery.attempts == 3
    assert delivery.error == "HTTP 500" and delivery.next_attempt_at is None
    assert len(receiver.posts()) == 3
    send_webhooks()
    assert len(receiver.posts()) == 3  # given up: never sent again


def test_editors_see_a_pending_and_a_failed_delivery_in_dutch(
    receiver, guide, admin_client, settings, capture_on_commit
):
    settings.DELIVERY_WEBHOOK_RETRY_DELAY = 3600
    receiver.failures_left = 99
    guide.title = "Gids in het logboek"
    publish(guide, capture_on_commit)
    response = admin_client.get("/admin/reports/webhooks/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Meldingen aan de app" in html
    headings = [" ".join(th.split()) for th in re.findall(r"<th >(.*?)</th>", html, re.S)]
    assert headings == [
        "Aangemaakt", "Gebeurtenis", "Pagina", "Status", "Pogingen", "Volgende poging",
        "Laatste antwoordcode", "Laatste foutmelding",
    ]  # fmt: skip
    next_at = timezone.localtime(WebhookDelivery.objects.get().next_attempt_at)
    [row] = report_rows(admin_client)
    assert row[1:5] == ["gepubliceerd", "Gids in het logboek", "Wacht", "1 van 3"]
    assert f"{next_at:%H:%M}" in row[5] and row[6:] == ["500", "HTTP 500"]
    WebhookDelivery.objects.update(status=Status.FAILED, next_attempt_at=None)
    [row] = report_rows(admin_client, "?status=failed")
    assert row[2:6] == ["Gids in het logboek", "Mislukt", "1 van 3", ""]
    assert report_rows(admin_client, "?status=delivered") == []
    assert len(report_rows(admin_client)) == 1


def test_a_claimed_delivery_is_not_sent_by_a_second_sender(receiver, guide, capture_on_commit):
    receiver.stop()
    publish(guide, capture_on_commit)
    receiver.start()
    delivery = WebhookDelivery.objects.get()
    first = claim(delivery.pk)
    assert first is not None and first.status == Status.SENDING and first.attempts == 2
    assert claim(delivery.pk) is None
    assert "0 afgeleverd" in send_webhooks()
    assert not receiver.posts()
    assert send(first) == Status.DELIVERED
    assert len(receiver.posts()) == 1


def test_a_delivery_left_by_a_crashed_process_is_sent_after_the_timeout(
    receiver, guide, capture_on_commit
):
    receiver.stop()
    publish(guide, capture_on_commit)
    receiver.start()
    delivery = WebhookDelivery.objects.get()
    crashed = claim(delivery.pk)  # a sender claims it and dies before recording anything
    assert crashed is not None
    assert "0 afgeleverd" in send_webhooks()  # still within the timeout
    assert not receiver.posts()

    let_time_pass(delivery, "claimed_at")
    assert "1 afgeleverd" in send_webhooks()
    delivery.refresh_from_db()
    assert delivery.status == Status.DELIVERED and delivery.attempts == 3
    [post] = receiver.posts()
    assert receiver_accepts(post)
    # The crashed sender's late report cannot overwrite the outcome.
    receiver.stop()
    assert send(crashed) != Status.DELIVERED
    delivery.refresh_from_db()
    assert delivery.status == Status.DELIVERED


def test_a_crash_on_the_last_attempt_fails_the_delivery(
    receiver, guide, settings, capture_on_commit
):
    receiver.failures_left = 2
    publish(guide, capture_on_commit)
    delivery = WebhookDelivery.objects.get()
    let_time_pass(delivery)
    send_webhooks()
    let_time_pass(delivery)
    assert claim(delivery.pk).attempts == 3  # the last attempt, then the process dies
    let_time_pass(delivery, "claimed_at")
    assert "1 mislukt" in send_webhooks()
    delivery.refresh_from_db()
    assert delivery.status == Status.FAILED and delivery.error == ABANDONED_ERROR
    assert len(receiver.posts()) == 2


def test_the_loop_keeps_sending_until_it_is_stopped(receiver, guide, capture_on_commit):
    def stop_after_the_retry():  # as systemd stops the service
        if len(receiver.posts()) == 2:
            os.kill(os.getpid(), signal.SIGTERM)

    receiver.failures_left = 1
    receiver.on_post = stop_after_the_retry
    publish(guide, capture_on_commit)
    assert WebhookDelivery.objects.get().status == Status.PENDING
    handler_before = signal.getsignal(signal.SIGTERM)
    safety = threading.Timer(30, os.kill, (os.getpid(), signal.SIGTERM))
    safety.start()
    try:
        out = io.StringIO()
        call_command("send_webhooks", "--loop", "--interval", "0.2", stdout=out)
    finally:
        safety.cancel()
    assert "1 afgeleverd" in out.getvalue()
    assert WebhookDelivery.objects.get().status == Status.DELIVERED
    assert len(receiver.posts()) == 2
    assert signal.getsignal(signal.SIGTERM) is handler_before
