"""One error format for the project's own endpoints (RFC 9457 problem details, in the
request's language); Wagtail's v2 endpoints keep their {"message"} shape."""

import pytest

pytestmark = pytest.mark.django_db

PROBLEM_JSON = "application/problem+json"


def problem(response, status):
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"] == PROBLEM_JSON
    data = response.json()
    assert data["status"] == status and data["title"] and data["detail"]
    assert data["type"]
    return data


def test_a_bad_search_parameter_is_a_400_naming_it_in_dutch(client):
    data = problem(client.get("/api/search/", {"q": "leden", "page": "abc"}), 400)
    assert data == {
        "type": "/api/problems/invalid-parameters",
        "title": "Ongeldige parameters",
        "status": 400,
        "detail": "Een of meer parameters zijn ongeldig.",
        "errors": [{"parameter": "page", "detail": "Geef een geheel getal."}],
    }


@pytest.mark.parametrize(
    ("params", "headers"),
    [({"locale": "en"}, {}), ({}, {"HTTP_ACCEPT_LANGUAGE": "en-GB,en;q=0.8"})],
)
def test_problems_are_in_english_when_asked(client, params, headers):
    response = client.get("/api/search/", {"q": "x", "topic": "bestaat-niet", **params}, **headers)
    data = problem(response, 400)
    assert data["title"] == "Invalid parameters"
    assert data["errors"] == [{"parameter": "topic", "detail": "Unknown topic: bestaat-niet."}]
    assert response["Content-Language"] == "en"


def test_an_unknown_locale_names_the_languages(client):
    for url in ("/api/search/", "/api/search/autocomplete/", "/api/v2/topics/"):
        data = problem(client.get(url, {"locale": "xx"}), 400)
        assert data["errors"] == [
            {"parameter": "locale", "detail": "Onbekende taal: xx; kies uit nl, en."}
        ], url


def test_every_bad_parameter_is_listed(client):
    data = problem(client.get("/api/v2/navigation/", {"locale": "fr", "kleur": "rood"}), 400)
    assert {error["parameter"] for error in data["errors"]} == {"kleur", "locale"}


def test_the_problem_type_says_what_it_means(client):
    data = problem(client.get("/api/search/", {"page": "0.5"}), 400)
    described = client.get(data["type"], HTTP_ACCEPT_LANGUAGE="en").json()
    assert described["title"] == "Invalid parameters" and "errors" in described["description"]


@pytest.mark.parametrize("url", ["/api/search/", "/api/v2/footer/"])
def test_a_wrong_method_is_a_405_problem(client, url):
    data = problem(client.post(url), 405)
    assert data["title"] == "Methode niet toegestaan"


@pytest.mark.parametrize(
    ("params", "parameter"), [({"limit": "veel"}, "limit"), ({"type": "guides.Nope"}, "type")]
)
def test_v3_bad_query_parameters_are_400_problems(client, params, parameter):
    data = problem(client.get("/api/v3/pages/", params), 400)
    assert [error["parameter"] for error in data["errors"]] == [parameter]
    assert "pydantic" not in str(data)


def test_wagtail_v2_endpoints_keep_their_message_shape(client):
    response = client.get("/api/v2/pages/", {"topic": "bestaat-niet"})
    assert response.status_code == 400
    assert response.json() == {"message": "unknown topic: 'bestaat-niet'"}


def resolve(document, schema):
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


@pytest.mark.parametrize(
    ("url", "path", "method", "statuses"),
    [
        ("/api/search/openapi.json", "/api/search/", "get", {"400"}),
        ("/api/search/openapi.json", "/api/search/autocomplete/", "get", {"400"}),
        ("/api/v3/openapi.json", "/api/v3/pages/", "get", {"400"}),
        ("/api/v3/openapi.json", "/api/v3/pages/{page_id}/", "get", {"400", "404"}),
        ("/api/v3/openapi.json", "/api/v3/pages/", "post", {"400", "401", "403", "422"}),
        ("/api/v3/openapi.json", "/api/v3/pages/{page_id}/", "delete", {"401", "403", "404"}),
    ],
)
def test_openapi_documents_describe_the_error_responses(client, url, path, method, statuses):
    document = client.get(url).json()
    responses = document["paths"][path][method]["responses"]
    assert statuses <= set(responses), set(responses)
    for status in statuses:
        schema = resolve(document, responses[status]["content"][PROBLEM_JSON]["schema"])
        assert {"type", "title", "status", "detail"} <= set(schema["required"])
        errors = schema["properties"]["errors"]["anyOf"][0]["items"]
        assert set(resolve(document, errors)["properties"]) == {"parameter", "detail"}
