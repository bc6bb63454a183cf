"""/api/search/ as the decoupled app uses it."""

import pytest
from wagtail.search.backends import get_search_backend

from guides.models import GuidePage
from search.query import clean_query
from search.service import PER_PAGE

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


def test_search_shape(client):
    data = client.get("/api/search/", {"q": "VOG voor kandidaten"}).json()
    assert set(data) >= {"count", "items", "facets", "suggestion"}
    first = data["items"][0]
    assert set(first) >= {"id", "type", "title", "url", "topic", "snippet"}
    assert first["type"] == "guides.GuidePage"
    assert first["topic"] == {"slug": "screening", "name": "Screening"}
    assert first["url"].startswith("/gidsen/screening/")
    assert "<mark>" in first["snippet"]
    assert data["facets"]["topic"]["screening"] >= 2


def test_topic_filter_and_suggestion(client):
    data = client.get("/api/search/", {"q": "kandidaatsteling", "topic": "screening"}).json()
    assert data["suggestion"] == "kandidaatstelling"
    assert {item["topic"]["slug"] for item in data["items"]} == {"screening"}


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"q": "leden", "topic": "bestaat-niet"}, 400),
        ({"q": "leden", "locale": "xx"}, 400),
        ({"q": "leden", "page": "abc"}, 400),
    ],
)
def test_bad_parameters_are_client_errors(client, params, status):
    response = client.get("/api/search/", params)
    assert response.status_code == status
    assert "detail" in response.json()


@pytest.mark.parametrize("q", ["", '"', "title:(x OR y)^2~", "\x00\x1b", "a" * 5000])
def test_hostile_queries_are_safe(client, q):
    response = client.get("/api/search/", {"q": q})
    assert response.status_code == 200
    data = response.json()
    words = clean_query(q)
    assert len(data["items"]) == min(data["count"], PER_PAGE)
    assert all(item["title"] and item["url"] for item in data["items"])
    assert all("<script" not in item["snippet"] for item in data["items"])
    if not words:  # nothing searchable left: nothing found, and no error either
        assert data["count"] == 0 and data["items"] == [] and data["suggestion"] is None


def test_pages_beyond_the_last_are_safe(client):
    data = client.get("/api/search/", {"q": "leden", "page": 10_000}).json()
    assert data["count"] > 0 and data["page"] == data["num_pages"]


def test_autocomplete_from_first_letters(client):
    data = client.get("/api/search/autocomplete/", {"q": "kand"}).json()
    titles = [s["title"] for s in data["suggestions"]]
    assert titles and all("kand" in t.lower() for t in titles)
    assert titles[0].lower().startswith("kand")
    assert client.get("/api/search/autocomplete/", {"q": "k"}).json()["suggestions"] == []
    assert client.get("/api/search/autocomplete/", {"q": "kand", "locale": "xx"}).status_code == 400


def test_openapi_schema_documents_both_endpoints(client):
    schema = client.get("/api/search/openapi.json").json()
    assert {"/api/search/", "/api/search/autocomplete/"} <= set(schema["paths"])
    parameters = {p["name"] for p in schema["paths"]["/api/search/"]["get"]["parameters"]}
    assert parameters == {"q", "topic", "locale", "page", "type"}


@pytest.mark.parametrize(
    "engine", ["database", pytest.param("opensearch", marks=pytest.mark.opensearch)]
)
def test_wagtail_pages_endpoint_search_keeps_working(client, engine, request):
    if engine == "opensearch":
        request.getfixturevalue("opensearch_index")
    else:
        backend = get_search_backend()
        for guide in GuidePage.objects.live():
            backend.add(guide)
    response = client.get("/api/v2/pages/", {"search": "giften", "type": "guides.GuidePage"})
    assert response.status_code == 200
    titles = [item["title"] for item in response.json()["items"]]
    assert any(title.startswith("Giften") for title in titles)
