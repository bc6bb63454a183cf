"""Headless preview: the admin's "In de app" preview gives the app a token; the preview
endpoint returns the unsaved page for it; tokens expire; nothing else shows drafts."""

import time
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import RequestFactory

from core.preview import APP_PREVIEW_MODE

pytestmark = pytest.mark.django_db

PREVIEW = "/api/v2/preview/"
DRAFT_TITLE = "Onopgeslagen wijziging in de gids"


@pytest.fixture
def token_params(demo_guide, admin_user):
    """What the admin's preview does: the page with unsaved changes, previewed in the app."""
    demo_guide.title = DRAFT_TITLE
    request = RequestFactory().get("/admin/", HTTP_HOST="testserver")
    request.user = admin_user
    response = demo_guide.serve_preview(request, APP_PREVIEW_MODE)
    assert response.status_code == 200
    preview_url = response.content.decode().split('src="', 1)[1].split('"', 1)[0]
    query = parse_qs(urlsplit(preview_url.replace("&amp;", "&")).query)
    assert preview_url.startswith("http://localhost:3000/preview/")
    return {"content_type": query["content_type"][0], "token": query["token"][0]}


def test_pages_offer_the_app_preview_next_to_the_website(demo_guide):
    assert [mode for mode, _label in demo_guide.preview_modes] == ["", APP_PREVIEW_MODE]


def test_preview_endpoint_returns_the_unsaved_page(client, token_params, demo_guide):
    response = client.get(PREVIEW, token_params)
    assert response.status_code == 200, response.content[:300]
    data = response.json()
    assert data["id"] == demo_guide.id and data["title"] == DRAFT_TITLE
    assert data["topic"]["slug"] == "ledenwerving" and data["body"]
    assert "no-store" in response["Cache-Control"] and "public" not in response["Cache-Control"]
    live = client.get(f"/api/v2/pages/{demo_guide.id}/").json()
    assert live["title"] != DRAFT_TITLE


def test_tokens_expire(client, token_params, settings):
    settings.HEADLESS_PREVIEW_MAX_AGE = 1
    time.sleep(2.1)
    response = client.get(PREVIEW, token_params)
    assert response.status_code == 400 and "expired" in response.json()["message"]


@pytest.mark.parametrize(
    "change,status",
    [
        ({"token": "vervalst"}, 400),
        ({"content_type": "guides.bestaatniet"}, 400),
        ({"content_type": "zonderpunt"}, 400),
        ({"token": ""}, 400),
        ({"extra": "1"}, 400),
    ],
)
def test_bad_tokens_are_4xx_json(client, token_params, change, status):
    response = client.get(PREVIEW, {**token_params, **change})
    assert response.status_code == status
    assert response.json()["message"]


def test_a_signed_token_without_a_preview_is_404(client, demo_guide):
    token = demo_guide.get_preview_signer().sign("id=999999")
    response = client.get(PREVIEW, {"content_type": "guides.guidepage", "token": token})
    assert response.status_code == 404 and response.json()["message"]
