"""Each server error the outside probe found (issue 10), answered now with a 4xx or a result."""

import logging

import pytest
from django.db import DatabaseError
from wagtail.documents import get_document_model

pytestmark = pytest.mark.django_db

WAGTAIL_SEARCH = [
    "/api/v2/images/",
    "/api/v2/documents/",
    "/api/v3/pages/",
    "/api/v3/documents/",
    "/api/v3/images/",
]
BROKE_SQLITE_SEARCH = ["\x00", '"*:*', '"ongesloten', "+", " ".join(["raad"] * 700)]
OFFSET_PATHS = [
    "/api/v2/pages/",
    "/api/v2/images/",
    "/api/v2/documents/",
    "/api/v3/pages/",
    "/api/v3/documents/",
    "/api/v3/redirects/",
]


@pytest.mark.parametrize("url", WAGTAIL_SEARCH)
@pytest.mark.parametrize("text", BROKE_SQLITE_SEARCH)
def test_search_text_is_cleaned_before_wagtails_search(client, url, text):
    response = client.get(url, {"search": text})
    assert response.status_code == 200, response.content[:300]


def test_a_cleaned_search_still_finds(client):
    word = max(get_document_model().objects.order_by("id").first().title.split(), key=len)
    items = client.get("/api/v3/documents/", {"search": f'"{word}*:'}).json()["items"]
    plain = client.get("/api/v3/documents/", {"search": word}).json()["items"]
    assert plain and items == plain


@pytest.mark.parametrize("url", OFFSET_PATHS)
def test_an_offset_beyond_64_bits_is_a_400_in_the_apis_format(client, url):
    response = client.get(url, {"offset": "9223372036854775808"})
    assert response.status_code == 400
    body = response.json()
    if url.startswith("/api/v3/"):
        assert response["Content-Type"] == "application/problem+json"
        assert body["status"] == 400 and body["errors"][0]["parameter"] == "offset"
    else:
        assert "offset" in body["message"]


def test_the_largest_allowed_offset_is_answered(client):
    assert client.get("/api/v3/pages/", {"offset": "9900"}).json()["items"] == []
    assert client.get("/api/v3/pages/", {"offset": "9901"}).status_code == 400


@pytest.mark.parametrize(
    "query",
    [{"first_published_at": "gisteren"}, {"alias_of": "9223372036854775808"}, {"id": "1.5"}],
)
def test_v2_field_filters_and_find_refuse_values_the_field_cannot_hold(client, query):
    url = "/api/v2/pages/find/" if "id" in query else "/api/v2/pages/"
    response = client.get(url, query)
    assert response.status_code == 400 and response.json()["message"]


def test_an_unexpected_v3_error_is_a_problem_document_logged_as_itself(client, monkeypatch, caplog):
    # A DatabaseError that is not an outage (core/outages.py): a fault, so a 500.
    def broken(*args, **kwargs):
        raise DatabaseError("de zoekindex is stuk")

    monkeypatch.setattr("wagtail.api.v3.schemas.params.get_search_backend", lambda: broken)
    monkeypatch.setattr(
        "wagtail.api.v3.schemas.params.SearchSchema.search_queryset",
        lambda self, request, queryset: _count_fails(queryset),
    )
    client.raise_request_exception = False
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = client.get("/api/v3/pages/", {"search": "raad"})
    assert response.status_code == 500
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["status"] == 500
    [record] = [r for r in caplog.records if r.exc_info and "API v3" in r.getMessage()]
    error = record.exc_info[1]
    assert isinstance(error, DatabaseError)
    assert error.__suppress_context__, "the paginator's AttributeError must not lead the log"


class _SearchResults(list):
    """Like Wagtail's search results: no .all(), and counting them runs the broken query."""

    def __len__(self):
        raise DatabaseError("de zoekindex is stuk")


def _count_fails(queryset):
    return _SearchResults()
