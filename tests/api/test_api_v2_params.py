"""v2 parameters: bad input is a 400 with a JSON message; ordering and pagination work."""

import pytest

from .helpers import get_json

pytestmark = pytest.mark.django_db

API = "/api/v2/pages/"


@pytest.mark.parametrize(
    ("params", "says"),
    [
        ({"offset": "-1"}, "offset must be a positive integer"),
        ({"offset": "abc"}, "offset must be a positive integer"),
        ({"limit": "1000"}, "limit cannot be higher than 100"),
        ({"limit": "0.5"}, "limit must be a positive integer"),
        ({"order": "onbekend"}, "cannot order by 'onbekend'"),
        ({"type": "guides.GuidePage", "order": "body"}, "cannot order by 'body'"),
        ({"type": "nope"}, "type doesn't exist"),
        ({"type": "guides.GuidePage", "fields": "bestaat_niet"}, "unknown fields: bestaat_niet"),
        ({"child_of": "abc"}, "child_of must be a positive integer"),
        ({"locale": "fr"}, "unknown locale 'fr'"),
        ({"search": "x", "order": "title", "search_operator": "nope"}, "search_operator must be"),
    ],
)
def test_bad_parameters_are_400_json(client, params, says):
    """Wagtail's v2 error shape, {"message": ...}, naming the parameter and what is wrong."""
    data = get_json(client, API, status=400, **params)
    assert set(data) == {"message"} and says in data["message"]


def test_ordering_by_title_both_ways(client):
    up = get_json(client, API, type="guides.GuidePage", order="title", limit=100, locale="nl")
    down = get_json(client, API, type="guides.GuidePage", order="-title", limit=100, locale="nl")
    titles = [item["title"] for item in up["items"]]
    assert titles == sorted(titles, key=str.lower) or titles == sorted(titles)
    assert [item["title"] for item in down["items"]] == titles[::-1]


def test_pages_through_all_guides_without_gaps(client):
    total = get_json(client, API, type="guides.GuidePage", limit=1)["meta"]["total_count"]
    seen = []
    for offset in range(0, total, 4):
        page = get_json(client, API, type="guides.GuidePage", limit=4, offset=offset)
        seen += [item["id"] for item in page["items"]]
    assert len(seen) == len(set(seen)) == total


def test_locale_filter(client):
    for code in ("nl", "en"):
        data = get_json(client, API, type="guides.GuidePage", locale=code, fields="topic")
        assert data["items"] and {item["meta"]["locale"] for item in data["items"]} == {code}


def test_search_finds_guides(client, demo_guide):
    data = get_json(client, API, type="guides.GuidePage", search="wervingsplan")
    assert demo_guide.id in {item["id"] for item in data["items"]}
