"""Without a preview token, drafts, unpublished and private pages are in no API response."""

import pytest
from wagtail.models import PageViewRestriction

from guides.factories import GuidePageFactory

pytestmark = pytest.mark.django_db

SECRET_TITLE = "Geheime conceptgids"


@pytest.fixture(params=["draft", "unpublished", "private"])
def hidden_guide(request, topic):
    guide = GuidePageFactory(parent=topic, title=SECRET_TITLE, slug="geheim")
    if request.param == "draft":
        guide.live = False
        guide.save()
    elif request.param == "unpublished":
        guide.unpublish()
    else:
        PageViewRestriction.objects.create(
            page=guide, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
        )
    return guide


def listed_urls(topic):
    return [
        "/api/v2/pages/?limit=100",
        "/api/v2/pages/?type=guides.GuidePage&limit=100&fields=*",
        f"/api/v2/pages/?child_of={topic.id}&limit=100",
        "/api/v2/pages/?search=Geheime",
        "/api/v3/pages/?limit=100",
        "/api/v3/pages/?type=guides.GuidePage&limit=100",
        f"/api/v3/pages/?child_of={topic.id}&limit=100",
        "/api/v3/pages/?search=Geheime",
    ]


def test_hidden_pages_are_not_listed(client, hidden_guide, topic):
    for url in listed_urls(topic):
        response = client.get(url)
        assert response.status_code == 200, url
        assert SECRET_TITLE not in response.content.decode(), url
        assert hidden_guide.id not in {item["id"] for item in response.json()["items"]}, url


def test_hidden_pages_have_no_detail_or_find(client, hidden_guide):
    html_path = hidden_guide.get_url_parts()[2]
    urls = [
        f"/api/v2/pages/{hidden_guide.id}/",
        f"/api/v2/pages/find/?html_path={html_path}",
        f"/api/v3/pages/{hidden_guide.id}/",
        f"/api/v3/pages/{hidden_guide.id}/?version=draft",
        f"/api/v3/pages/find/?html_path={html_path}",
        f"/api/v3/pages/find/?id={hidden_guide.id}",
    ]
    for url in urls:
        response = client.get(url, follow=True)
        assert response.status_code == 404, (url, response.status_code)
        assert SECRET_TITLE not in response.content.decode(), url


def test_unpublished_changes_of_a_live_page_stay_hidden(client, demo_guide):
    demo_guide.title = SECRET_TITLE
    demo_guide.save_revision()
    for url in (
        f"/api/v2/pages/{demo_guide.id}/",
        f"/api/v3/pages/{demo_guide.id}/",
        f"/api/v3/pages/{demo_guide.id}/?version=draft",
        "/api/v2/pages/?type=guides.GuidePage&limit=100",
        "/api/v3/pages/?type=guides.GuidePage&limit=100",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert SECRET_TITLE not in response.content.decode(), url


def test_a_logged_in_editor_sees_no_drafts_through_the_public_api(admin_client, hidden_guide):
    for url in (f"/api/v2/pages/{hidden_guide.id}/", f"/api/v3/pages/{hidden_guide.id}/"):
        assert admin_client.get(url).status_code == 404, url
