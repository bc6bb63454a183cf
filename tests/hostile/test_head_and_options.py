"""HEAD and OPTIONS on every path of the OpenAPI documents (API v3 and the search API) and on
the documents themselves: HEAD as GET without the body, OPTIONS with the methods in `Allow`.
The paths come from the documents, so a new endpoint is covered without a change here."""

import pytest

from .probe import path_with
from .test_openapi_endpoints import DOCUMENTS, generatable, real_path_values

pytestmark = pytest.mark.django_db

DOCUMENT_PAGES = ["/api/v3/openapi.json", "/api/v3/docs/", "/api/search/openapi.json"]


def documented_paths(client, demo_guide):
    """{path with real values: documented methods}"""
    known = real_path_values(demo_guide)
    found = {}
    for url in DOCUMENTS:
        for template, methods in client.get(url).json()["paths"].items():
            parameters = [
                p for operation in methods.values() for p in operation.get("parameters", [])
            ]
            path_parameters = {p["name"]: p for p in parameters if p["in"] == "path"}
            if not all(generatable(p["schema"]) for p in path_parameters.values()):
                continue
            path = path_with(template, {name: known.get(name, "1") for name in path_parameters})
            found[path] = {method.upper() for method in methods}
    return found


def test_head_answers_as_get_without_a_body(client, demo_guide):
    paths = documented_paths(client, demo_guide)
    assert "/api/search/" in paths and "/api/v3/pages/" in paths
    for path, methods in {**paths, **dict.fromkeys(DOCUMENT_PAGES, {"GET"})}.items():
        if "GET" not in methods:
            continue
        get, head = client.get(path), client.head(path)
        assert head.status_code == get.status_code, (path, head.status_code, get.status_code)
        assert head.content == b"", path
        # (No ETag: Django's ConditionalGetMiddleware adds it to GET only, on every page.)
        for header in ("Content-Type", "Content-Length", "Cache-Control", "Allow"):
            assert head.get(header) == get.get(header), (path, header)


def test_options_names_the_allowed_methods(client, demo_guide):
    paths = documented_paths(client, demo_guide)
    for path, methods in {**paths, **dict.fromkeys(DOCUMENT_PAGES, {"GET"})}.items():
        response = client.options(path)
        assert response.status_code == 200, (path, response.status_code, response.content[:200])
        assert response.content == b""
        allowed = {name.strip() for name in response["Allow"].split(",")}
        expected = methods | {"OPTIONS"} | ({"HEAD"} if "GET" in methods else set())
        assert allowed == expected, path


def test_the_search_api_answers_head_with_its_results_headers(client):
    response = client.head("/api/search/", {"q": "raad"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert int(response["Content-Length"]) > 0
    assert response.content == b""


@pytest.mark.parametrize("path", ["/api/search/", "/api/v3/pages/"])
def test_a_method_not_allowed_names_head_and_options(client, path):
    response = client.put(path)
    assert response.status_code == 405
    assert {"GET", "HEAD", "OPTIONS"} <= {name.strip() for name in response["Allow"].split(",")}


def test_a_head_with_a_bad_parameter_is_the_gets_400(client):
    head = client.head("/api/search/", {"page": "abc"})
    assert head.status_code == client.get("/api/search/", {"page": "abc"}).status_code == 400
    assert head["Content-Type"] == "application/problem+json"
