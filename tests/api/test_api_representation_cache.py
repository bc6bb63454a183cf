"""Pages as the v2 API shows them, kept in the fragment cache until content changes
(api/representations.py): a list or detail that misses the response cache serializes only the
pages not yet cached in that shape, and never serves a page as it was before a change."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.caching.test_fragments import committed, settle  # noqa: F401 - a fixture

pytestmark = pytest.mark.django_db

LIST = "/api/v2/pages/?type=guides.GuidePage&fields=*&locale=nl"


@pytest.fixture(autouse=True)
def _fragment_cache(settings):
    settings.RENDER_FRAGMENT_CACHE = True
    caches["default"].clear()
    settle()
    yield
    caches["default"].clear()  # rolled-back content must not outlive the test


def get(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return response.json(), [q["sql"] for q in queries.captured_queries]


def test_a_list_asked_again_serializes_nothing_and_answers_the_same(client):
    first, first_queries = get(client, LIST)
    again, queries = get(client, LIST)
    assert again == first
    # Related guides, tags and media are fetched only for pages serialized afresh.
    assert not any("guides_guiderelatedlink" in sql for sql in queries)
    assert any("guides_guiderelatedlink" in sql for sql in first_queries)
    assert len(queries) < len(first_queries)


def test_another_page_of_the_list_reuses_the_pages_it_shares(client):
    whole, _ = get(client, LIST + "&limit=6")
    shifted, queries = get(client, LIST + "&limit=3&offset=3")
    assert shifted["items"] == whole["items"][3:6]
    assert not any("guides_guiderelatedlink" in sql for sql in queries)


def test_a_page_published_since_is_shown_as_it_is_now(client, demo_guide, committed):  # noqa: F811
    get(client, LIST)
    get(client, f"/api/v2/pages/{demo_guide.pk}/")
    demo_guide.title = "Een wervingsplan dat zojuist is gepubliceerd"
    committed(demo_guide)
    listed, _ = get(client, LIST)
    detail, _ = get(client, f"/api/v2/pages/{demo_guide.pk}/")
    titles = {item["id"]: item["title"] for item in listed["items"]}
    assert titles[demo_guide.pk] == "Een wervingsplan dat zojuist is gepubliceerd"
    assert detail["title"] == "Een wervingsplan dat zojuist is gepubliceerd"


def test_each_shape_is_cached_apart(client, demo_guide):
    full, _ = get(client, LIST)
    titles_only, _ = get(client, LIST.replace("fields=*", "fields=title"))
    detail, _ = get(client, f"/api/v2/pages/{demo_guide.pk}/")
    assert "body" in full["items"][0] and "body" not in titles_only["items"][0]
    assert detail["id"] == demo_guide.pk and "body" in detail
    assert "parent" in detail["meta"]  # a detail's meta, not a list item's
    assert "parent" not in titles_only["items"][0]["meta"]


def test_an_english_list_is_not_the_dutch_one(client):
    dutch, _ = get(client, LIST)
    english, _ = get(client, LIST.replace("locale=nl", "locale=en"))
    assert {item["id"] for item in dutch["items"]}.isdisjoint(
        item["id"] for item in english["items"]
    )
    assert english["items"][0]["meta"]["locale"] == "en"


def test_a_logged_in_user_is_never_served_from_or_stored_in_it(client, admin_user):
    client.force_login(admin_user)
    get(client, LIST)
    _, queries = get(client, LIST)
    assert any("guides_guiderelatedlink" in sql for sql in queries)
