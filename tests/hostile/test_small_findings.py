"""The smaller findings of the outside probe (issue 10), each fixed."""

import pytest

from guides.models import GuidePage

pytestmark = pytest.mark.django_db

V2_URLS = ["/api/v2/pages/", "/api/v2/images/", "/api/v2/documents/", "/api/v2/topics/"]


@pytest.mark.parametrize("url", V2_URLS)
def test_no_browsable_html_api_outside_development(client, url):
    for response in (
        client.get(url, {"format": "api"}),
        client.get(url, HTTP_ACCEPT="text/html"),
        client.get(url, HTTP_ACCEPT="text/html,application/xhtml+xml,*/*;q=0.8"),
    ):
        assert response.status_code < 500
        assert not response["Content-Type"].startswith("text/html"), response.content[:200]
        assert b"<form" not in response.content


def test_the_browsable_api_stays_in_development(client, settings):
    settings.DEBUG = True
    response = client.get("/api/v2/pages/", HTTP_ACCEPT="text/html")
    assert response["Content-Type"].startswith("text/html")


def test_an_owner_without_a_full_name_shows_no_login_name(client, demo_guide):
    owner = demo_guide.content_owner
    owner.first_name = owner.last_name = ""
    owner.save()
    for url in (f"/api/v2/pages/{demo_guide.id}/", f"/api/v3/pages/{demo_guide.id}/"):
        body = client.get(url).json()
        assert owner.get_username() not in str(body), url
        if "content_owner" in body:
            assert body["content_owner"] is None, url


def test_an_owner_with_a_full_name_is_shown_by_name(client, demo_guide):
    owner = demo_guide.content_owner
    owner.first_name, owner.last_name = "Anna", "de Vries"
    owner.save()
    body = client.get(f"/api/v2/pages/{demo_guide.id}/").json()
    assert body["content_owner"] == "Anna de Vries"
    assert GuidePage.objects.get(pk=demo_guide.pk).content_owner.get_full_name() == "Anna de Vries"
