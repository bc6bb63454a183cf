"""ETag and Cache-Control on every public GET; 304 on If-None-Match; never for private use."""

import pytest
from wagtail.models import APIToken

pytestmark = pytest.mark.django_db


def public_urls(demo_guide):
    return [
        "/",
        "/gidsen/ledenwerving/wervingsplan/",
        "/en/",
        f"/api/v2/pages/{demo_guide.id}/",
        "/api/v2/pages/?type=guides.GuidePage&fields=*",
        f"/api/v3/pages/{demo_guide.id}/",
        "/api/v2/topics/?locale=en",
        "/api/v2/footer/",
    ]


def test_public_gets_are_cacheable_and_answer_304(client, demo_guide):
    for url in public_urls(demo_guide):
        response = client.get(url)
        assert response.status_code == 200, url
        cache_control = response["Cache-Control"]
        assert "public" in cache_control and "max-age=" in cache_control, url
        assert response["ETag"], url
        again = client.get(url, HTTP_IF_NONE_MATCH=response["ETag"])
        assert again.status_code == 304, url
        assert again.content == b""


def test_api_and_html_have_their_own_lifetimes(client, demo_guide, settings):
    settings.DELIVERY_HTML_MAX_AGE, settings.DELIVERY_API_MAX_AGE = 111, 22
    assert "max-age=111" in client.get("/")["Cache-Control"]
    assert "max-age=22" in client.get(f"/api/v2/pages/{demo_guide.id}/")["Cache-Control"]


def test_a_changed_page_gets_a_new_etag(client, demo_guide):
    url = f"/api/v2/pages/{demo_guide.id}/"
    etag = client.get(url)["ETag"]
    demo_guide.title = "Een nieuwe titel"
    demo_guide.save_revision().publish()
    response = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200 and response["ETag"] != etag


@pytest.mark.parametrize("url", ["/", "/api/v2/pages/", "/admin/"])
def test_logged_in_responses_are_never_public(admin_client, url):
    response = admin_client.get(url)
    assert "public" not in response.get("Cache-Control", ""), url
    assert "private" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


def test_token_requests_and_admin_login_are_never_public(client, admin_user):
    token = APIToken.create_token(user=admin_user, name="script")[1]
    response = client.get("/api/v3/pages/", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert "public" not in response.get("Cache-Control", "")
    garbage = client.get("/api/v3/pages/", HTTP_AUTHORIZATION="Bearer onzin")
    assert "public" in garbage["Cache-Control"]  # no valid token: the anonymous answer
    assert "public" not in client.get("/admin/login/").get("Cache-Control", "")


def test_errors_are_not_publicly_cached(client):
    for url in ("/bestaat-niet/", "/api/v2/pages/?limit=veel", "/api/v2/pages/999999/"):
        response = client.get(url)
        assert response.status_code in {400, 404}
        assert "public" not in response.get("Cache-Control", ""), url
