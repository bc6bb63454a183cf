"""Publish, unpublish, move and delete purge the page's URLs and send a signed webhook."""

import json

import pytest

from delivery.models import WebhookDelivery
from delivery.webhooks import SIGNATURE_HEADER, verify
from guides.factories import GuidePageFactory
from guides.models import TopicPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide(topic):
    return GuidePageFactory(parent=topic, title="Een nieuwe gids", slug="nieuwe-gids")


def publish(page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


def signed_payload(post):
    body = post["body"]
    assert verify(body, post["headers"][SIGNATURE_HEADER], "test-geheim")
    assert not verify(body, post["headers"][SIGNATURE_HEADER], "ander-geheim")
    return json.loads(body)


def test_publish_purges_html_and_api_urls_and_sends_a_signed_webhook(
    receiver, guide, django_capture_on_commit_callbacks
):
    guide.title = "Een herziene gids"
    publish(guide, django_capture_on_commit_callbacks)
    purged = receiver.purged()
    assert "/gidsen/ledenwerving/nieuwe-gids/" in purged
    assert "/gidsen/ledenwerving/" in purged  # the topic page lists it
    assert {f"/api/v2/pages/{guide.id}/", f"/api/v3/pages/{guide.id}/", "/api/v2/pages/"} <= purged
    [post] = receiver.posts()
    assert post["path"] == "/hooks/kennispunt"
    assert post["headers"]["X-Kennispunt-Event"] == "published"
    payload = signed_payload(post)
    assert payload["event"] == "published"
    assert payload["page"]["id"] == guide.id and payload["page"]["title"] == "Een herziene gids"
    assert payload["page"]["type"] == "guides.GuidePage"
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.SENT and delivery.attempts == 1
    assert delivery.response_status == 204


def test_unpublish(receiver, guide, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        guide.unpublish()
    assert signed_payload(receiver.posts()[0])["event"] == "unpublished"
    assert f"/api/v2/pages/{guide.id}/" in receiver.purged()


def test_move_purges_the_old_and_new_place(receiver, guide, django_capture_on_commit_callbacks):
    other = TopicPage.objects.get(slug="screening", locale__language_code="nl")
    with django_capture_on_commit_callbacks(execute=True):
        guide.move(other, pos="last-child")
    purged = receiver.purged()
    assert "/gidsen/ledenwerving/nieuwe-gids/" in purged
    assert "/gidsen/screening/nieuwe-gids/" in purged
    assert signed_payload(receiver.posts()[0])["event"] == "moved"


def test_delete(receiver, guide, django_capture_on_commit_callbacks):
    guide_id = guide.id
    with django_capture_on_commit_callbacks(execute=True):
        guide.delete()
    payload = signed_payload(receiver.posts()[0])
    assert payload["event"] == "deleted" and payload["page"]["id"] == guide_id
    assert f"/api/v2/pages/{guide_id}/" in receiver.purged()


def test_a_failing_webhook_is_retried_and_never_blocks_publishing(
    receiver, guide, django_capture_on_commit_callbacks
):
    receiver.failures_left = 99
    guide.title = "Toch gepubliceerd"
    publish(guide, django_capture_on_commit_callbacks)
    guide.refresh_from_db()
    assert guide.live and guide.title == "Toch gepubliceerd"
    assert len(receiver.posts()) == 3
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.FAILED
    assert delivery.attempts == 3 and delivery.response_status == 500


def test_a_webhook_succeeds_on_a_retry(receiver, guide, django_capture_on_commit_callbacks):
    receiver.failures_left = 1
    publish(guide, django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.SENT and delivery.attempts == 2
    assert len(receiver.posts()) == 2


def test_an_unreachable_receiver_is_logged(settings, guide, django_capture_on_commit_callbacks):
    settings.DELIVERY_WEBHOOK_URL = "http://127.0.0.1:9/nergens"
    settings.DELIVERY_WEBHOOK_SECRET = "test-geheim"
    publish(guide, django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.FAILED and delivery.error
    guide.refresh_from_db()
    assert guide.live


def test_no_webhook_without_a_url(settings, guide, django_capture_on_commit_callbacks):
    settings.DELIVERY_WEBHOOK_URL = None
    publish(guide, django_capture_on_commit_callbacks)
    assert not WebhookDelivery.objects.exists()


def test_editors_see_the_log_in_the_admin(
    receiver, guide, admin_client, django_capture_on_commit_callbacks
):
    receiver.failures_left = 99
    guide.title = "Gids in het logboek"
    publish(guide, django_capture_on_commit_callbacks)
    response = admin_client.get("/admin/reports/webhooks/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Meldingen aan de app" in html
    assert "Gids in het logboek" in html and "Mislukt" in html
