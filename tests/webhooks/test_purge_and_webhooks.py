"""Publish, unpublish, move and delete purge the page's URLs and send a signed webhook."""

import json

import pytest
from wagtail.models import Locale, Page, Site

from guides.factories import GuideIndexPageFactory, GuidePageFactory, TopicPageFactory
from guides.models import GuidePage, TopicPage
from home.factories import HomePageFactory
from webhooks.models import WebhookDelivery
from webhooks.sending import SIGNATURE_HEADER, verify

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


def payloads(receiver, event):
    return [p for p in map(signed_payload, receiver.posts()) if p["event"] == event]


def test_publish_purges_html_and_api_urls_and_sends_a_signed_webhook(
    receiver, guide, django_capture_on_commit_callbacks
):
    guide.title = "Een herziene gids"
    publish(guide, django_capture_on_commit_callbacks)
    purged = receiver.purged()
    assert "/gidsen/ledenwerving/nieuwe-gids/" in purged
    assert "/gidsen/ledenwerving/" in purged  # the topic page lists it
    assert {f"/api/v2/pages/{guide.id}/", f"/api/v3/pages/{guide.id}/", "/api/v2/pages/"} <= purged
    assert {"/api/v2/pages/?locale=nl", "/api/v2/topics/?locale=nl"} <= purged
    [post] = receiver.posts()
    assert post["path"] == "/hooks/kennispunt"
    assert post["headers"]["X-Kennispunt-Event"] == "published"
    payload = signed_payload(post)
    assert payload["event"] == "published"
    assert payload["page"]["id"] == guide.id and payload["page"]["title"] == "Een herziene gids"
    assert payload["page"]["type"] == "guides.GuidePage"
    delivery = WebhookDelivery.objects.get()
    assert payload["delivery_id"] == delivery.pk
    assert post["headers"]["X-Kennispunt-Delivery"] == str(delivery.pk)
    assert delivery.status == WebhookDelivery.Status.DELIVERED and delivery.attempts == 1
    assert delivery.response_status == 204 and delivery.next_attempt_at is None


def test_unpublish(receiver, guide, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        guide.unpublish()
    assert signed_payload(receiver.posts()[0])["event"] == "unpublished"
    assert f"/api/v2/pages/{guide.id}/" in receiver.purged()


def test_move_purges_the_old_and_new_place(receiver, guide, django_capture_on_commit_callbacks):
    other = TopicPage.objects.get(slug="fusie", locale__language_code="nl")
    with django_capture_on_commit_callbacks(execute=True):
        guide.move(other, pos="last-child")
    purged = receiver.purged()
    assert "/gidsen/ledenwerving/nieuwe-gids/" in purged
    assert "/gidsen/fusie/nieuwe-gids/" in purged
    assert {"/gidsen/ledenwerving/", "/gidsen/fusie/"} <= purged  # both topics listed it
    [payload] = payloads(receiver, "moved")
    assert payload["moved"] == [
        {
            "id": guide.id,
            "title": "Een nieuwe gids",
            "old_url": "http://testserver/gidsen/ledenwerving/nieuwe-gids/",
            "url": "http://testserver/gidsen/fusie/nieuwe-gids/",
        }
    ]


def test_moving_a_translated_guide_purges_its_translations(
    receiver, demo_guide, django_capture_on_commit_callbacks
):
    """The English guide's language switcher, alternates and API `translations` point at the
    Dutch one, so they change when it moves."""
    english = demo_guide.get_translation(Locale.objects.get(language_code="en"))
    other = TopicPage.objects.get(slug="fusie", locale__language_code="nl")
    with django_capture_on_commit_callbacks(execute=True):
        demo_guide.move(other, pos="last-child")
    purged = receiver.purged()
    assert {"/gidsen/ledenwerving/wervingsplan/", "/gidsen/fusie/wervingsplan/"} <= purged
    assert english.url_path and english.get_url().startswith("/en/")
    assert english.get_url() in purged
    assert {f"/api/v2/pages/{english.id}/", f"/api/v3/pages/{english.id}/"} <= purged
    assert {"/api/v2/pages/?locale=en", "/api/v2/navigation/?locale=en"} <= purged


@pytest.fixture
def topic_with_guides(topic):
    index = topic.get_parent()
    archive = TopicPageFactory(parent=index, title="Archief", slug="archief")
    guides = [
        GuidePageFactory(parent=archive, title=f"Gids {n}", slug=f"gids-{n}") for n in (1, 2, 3)
    ]
    GuidePageFactory(parent=archive, title="Concept", slug="concept", live=False)
    return archive, guides


def test_moving_a_topic_purges_every_guide_under_it(
    receiver, topic_with_guides, django_capture_on_commit_callbacks
):
    archive, guides = topic_with_guides
    campaign_home = HomePageFactory(parent=Page.get_first_root_node(), slug="campagne")
    Site.objects.create(hostname="campagne.example", root_page=campaign_home, site_name="C")
    campaign_index = GuideIndexPageFactory(parent=campaign_home, slug="campagnegidsen")
    with django_capture_on_commit_callbacks(execute=True):
        archive.move(campaign_index, pos="last-child")
    purged = receiver.purged()
    old = {"/gidsen/archief/"} | {f"/gidsen/archief/gids-{n}/" for n in (1, 2, 3)}
    new = {"/campagnegidsen/archief/"} | {f"/campagnegidsen/archief/gids-{n}/" for n in (1, 2, 3)}
    assert old <= purged and new <= purged
    assert "/gidsen/archief/concept/" not in purged  # never public, never cached
    moved_ids = [archive.id] + [guide.id for guide in guides]
    assert {f"/api/v2/pages/{id}/" for id in moved_ids} <= purged
    assert {f"/api/v3/pages/{id}/" for id in moved_ids} <= purged
    assert {"/gidsen/", "/campagnegidsen/"} <= purged  # old and new index
    hosts = {(r["host"], r["path"]) for r in receiver.requests if r["method"] == "PURGE"}
    assert ("campagne.example", "/campagnegidsen/archief/gids-1/") in hosts
    assert ("testserver", "/gidsen/archief/gids-1/") in hosts
    [payload] = payloads(receiver, "moved")
    assert payload["page"]["id"] == archive.id
    assert [item["id"] for item in payload["moved"]] == moved_ids
    assert payload["moved"][1]["old_url"] == "http://testserver/gidsen/archief/gids-1/"
    assert payload["moved"][1]["url"] == "http://campagne.example/campagnegidsen/archief/gids-1/"
    assert "http://campagne.example/campagnegidsen/archief/gids-3/" in payload["urls"]
    assert "http://testserver/gidsen/archief/gids-3/" in payload["urls"]


def test_a_new_topic_slug_purges_the_old_urls_of_its_guides(
    receiver, topic_with_guides, django_capture_on_commit_callbacks
):
    archive, guides = topic_with_guides
    archive.slug = "oud-archief"
    publish(archive, django_capture_on_commit_callbacks)
    assert GuidePage.objects.get(pk=guides[0].pk).url_path.endswith("/oud-archief/gids-1/")
    purged = receiver.purged()
    for n in (1, 2, 3):
        assert {f"/gidsen/archief/gids-{n}/", f"/gidsen/oud-archief/gids-{n}/"} <= purged
    [moved] = payloads(receiver, "moved")
    assert len(moved["moved"]) == 4
    assert payloads(receiver, "published")


def test_reordering_without_a_new_url_sends_nothing(
    receiver, guide, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        guide.move(guide.get_parent(), pos="first-child")
    assert not receiver.requests and not WebhookDelivery.objects.exists()


def test_delete(receiver, guide, django_capture_on_commit_callbacks):
    guide_id = guide.id
    with django_capture_on_commit_callbacks(execute=True):
        guide.delete()
    payload = signed_payload(receiver.posts()[0])
    assert payload["event"] == "deleted" and payload["page"]["id"] == guide_id
    assert f"/api/v2/pages/{guide_id}/" in receiver.purged()


def test_no_webhook_without_a_url(settings, guide, django_capture_on_commit_callbacks):
    settings.DELIVERY_WEBHOOK_URL = None
    publish(guide, django_capture_on_commit_callbacks)
    assert not WebhookDelivery.objects.exists()
