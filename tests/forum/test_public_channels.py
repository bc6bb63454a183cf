"""No public channel carries forum text: site search, search API, pages API v2 and v3, the
sitemap, the news feeds, and the response cache of anonymous pages."""

import pytest
from django.db import connection
from django.test import Client

from forum.posting import start_thread
from news.factories import NewsIndexPageFactory
from tests.sections import home

pytestmark = pytest.mark.django_db

MARKER = "Zwaluwstaartoverleg"


@pytest.fixture
def forum_thread(anne, algemeen, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return start_thread(algemeen, anne, f"{MARKER} in de raad", f"{MARKER} is ons geheim.")


PUBLIC = [
    f"/zoeken/?q={MARKER}",
    f"/en/search/?q={MARKER}",
    f"/api/search/?q={MARKER}",
    f"/api/search/autocomplete/?q={MARKER[:6]}",
    f"/api/v2/pages/?search={MARKER}",
    "/api/v2/pages/?limit=100&fields=*",
    "/api/v3/pages/?limit=100",
    "/sitemap.xml",
    "/nieuws/",
    "/nieuws/feed/",
    "/nieuws/atom/",
]


def test_no_public_channel_carries_forum_text(forum_thread, anne_client):
    NewsIndexPageFactory(parent=home("nl"))
    assert MARKER in anne_client.get(f"/forum/onderwerp/{forum_thread.pk}/").content.decode()
    anonymous = Client()
    for url in PUBLIC:
        response = anonymous.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "is ons geheim" not in html and f"{MARKER} in de raad" not in html, url
        assert "/forum/onderwerp/" not in html, url


def commit_pending():
    """What the test's transaction would run on commit (the fixtures' content bumps)."""
    while connection.run_on_commit:
        connection.run_on_commit.pop(0)[1]()


def test_the_response_cache_never_stores_a_forum_page(response_cache, forum_thread, anne_client):
    commit_pending()
    anonymous = Client()
    for url in ("/forum/", "/en/forum/", f"/forum/onderwerp/{forum_thread.pk}/"):
        first, second = anonymous.get(url), anonymous.get(url)
        assert first.status_code == second.status_code == 403
        assert second.get("X-Cache") != "hit", url
        assert second["Cache-Control"] == "private, no-store"
    member_view = anne_client.get(f"/forum/onderwerp/{forum_thread.pk}/")
    assert MARKER in member_view.content.decode()
    after = anonymous.get(f"/forum/onderwerp/{forum_thread.pk}/")
    assert after.get("X-Cache") != "hit" and MARKER not in after.content.decode()
    guide = anonymous.get("/gidsen/")
    assert guide["X-Cache"] == "miss"
    anne_client.get(f"/forum/onderwerp/{forum_thread.pk}/")  # a member's visit is no change
    again = anonymous.get("/gidsen/")
    assert again["X-Cache"] == "hit"  # the cache is on for public pages
    assert MARKER not in again.content.decode()
