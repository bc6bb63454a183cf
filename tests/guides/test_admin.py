"""Editors work in the Wagtail admin: creating a guide there must work, in Dutch, with clear
form errors."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from guides.models import GuidePage

pytestmark = pytest.mark.django_db


def guide_form(**overrides):
    data = {
        "title": "Vrijwilligers vinden voor de campagne",
        "slug": "vrijwilligers-vinden",
        "summary": "Hoe u genoeg handen vindt voor flyeren en de markt.",
        "body": streamfield(
            [
                ("heading", {"text": "Begin op tijd", "level": "h2"}),
                ("paragraph", rich_text("<p>Vraag leden een half jaar vooraf.</p>")),
            ]
        ),
        "related_guide_links": inline_formset([]),
        "tags": "vrijwilligers, campagne",
        "last_reviewed": "2026-11-01",
        "review_by": "2027-11-01",
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_the_admin_speaks_dutch(editor_client):
    response = editor_client.get("/admin/")
    assert response.status_code == 200
    assert 'lang="nl"' in response.content.decode()


def test_editor_creates_and_publishes_a_guide_under_a_topic(editor_client, topic):
    url = f"/admin/pages/add/guides/guidepage/{topic.id}/"
    assert editor_client.get(url).status_code == 200
    response = editor_client.post(url, guide_form())
    assert response.status_code == 302, response.content.decode()[:2000]
    guide = GuidePage.objects.get(slug="vrijwilligers-vinden")
    assert guide.live and guide.topic == topic
    assert sorted(tag.name for tag in guide.tags.all()) == ["campagne", "vrijwilligers"]
    assert editor_client.get(guide.url).status_code == 200


def test_review_date_before_last_review_is_a_dutch_form_error(editor_client, topic):
    url = f"/admin/pages/add/guides/guidepage/{topic.id}/"
    response = editor_client.post(url, guide_form(review_by="2026-01-01"))
    assert response.status_code == 200
    assert "na de datum van de laatste controle" in response.content.decode()
    assert not GuidePage.objects.filter(slug="vrijwilligers-vinden").exists()


def test_guides_cannot_be_added_outside_a_topic(editor_client):
    from guides.models import GuideIndexPage

    index = GuideIndexPage.objects.get(locale__language_code="nl")
    url = f"/admin/pages/add/guides/guidepage/{index.id}/"
    before = GuidePage.objects.count()
    response = editor_client.post(url, guide_form())
    # Wagtail answers a forbidden page type with a redirect and a permission-denied message.
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert GuidePage.objects.count() == before
