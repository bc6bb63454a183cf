"""What the OpenAPI documents say matches what the API does (issue 10): maxima on `limit` and
`offset`, no authentication for public reads, the search API's choices listed and valid with
every language."""

import pytest

from api.input_guard import max_limit, max_offset

pytestmark = pytest.mark.django_db


def operations(document):
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            yield path, method, operation


def test_limit_and_offset_have_the_maxima_the_api_enforces(client):
    document = client.get("/api/v3/openapi.json").json()
    found = 0
    for _path, _method, operation in operations(document):
        for parameter in operation.get("parameters", []):
            if parameter["name"] in ("limit", "offset"):
                maximum = max_limit() if parameter["name"] == "limit" else max_offset()
                assert parameter["schema"]["maximum"] == maximum
                found += 1
    assert found >= 10
    assert client.get("/api/v3/pages/", {"limit": max_limit()}).status_code == 200
    assert client.get("/api/v3/pages/", {"limit": max_limit() + 1}).status_code == 400


def test_public_reads_need_no_authentication_and_writes_a_token(client):
    document = client.get("/api/v3/openapi.json").json()
    assert set(document["components"]["securitySchemes"]) == {"BearerTokenAuth"}
    pages = document["paths"]["/api/v3/pages/"]
    assert {} in pages["get"]["security"]
    assert pages["post"]["security"] == [{"BearerTokenAuth": []}]
    assert client.get("/api/v3/pages/").status_code == 200


def test_every_listed_search_choice_is_answered_in_every_language(client):
    document = client.get("/api/search/openapi.json").json()
    parameters = {
        p["name"]: p["schema"] for p in document["paths"]["/api/search/"]["get"]["parameters"]
    }
    topics = [slug for slug in parameters["topic"]["enum"] if slug]
    assert topics and parameters["locale"]["enum"] == ["nl", "en"]
    for locale in parameters["locale"]["enum"]:
        for topic in topics:
            response = client.get("/api/search/", {"topic": topic, "locale": locale})
            assert response.status_code == 200, (topic, locale, response.content[:200])
    for kind in parameters["type"]["enum"]:
        assert client.get("/api/search/", {"type": kind}).status_code == 200, kind


def test_an_unknown_topic_is_still_a_400(client):
    response = client.get("/api/search/", {"topic": "bestaat-niet"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["parameter"] == "topic"
