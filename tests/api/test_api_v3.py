"""API v3 at /api/v3/: every page type with the same fields as v2, in its OpenAPI schema."""

import pytest
from wagtail.api import APIField
from wagtail.models import get_page_models

from .helpers import get_json

pytestmark = pytest.mark.django_db

OWN_APPS = {"home", "guides", "signpost", "news", "learningpaths"}


def own_page_models():
    return [model for model in get_page_models() if model._meta.app_label in OWN_APPS]


@pytest.fixture(scope="module")
def openapi(django_db_blocker):
    from django.test import Client

    with django_db_blocker.unblock():
        response = Client().get("/api/v3/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_openapi_schema_lists_the_page_endpoints(openapi):
    assert {"/api/v3/pages/", "/api/v3/pages/{page_id}/", "/api/v3/pages/find/"} <= set(
        openapi["paths"]
    )


@pytest.mark.parametrize("model", own_page_models(), ids=lambda model: model._meta.label)
def test_every_page_type_has_its_v2_fields_in_the_schema(openapi, model):
    schema = openapi["components"]["schemas"][f"{model._meta.object_name}Schema"]
    v2_fields = {field.name for field in APIField.get_fields_for_model(model)}
    assert v2_fields <= set(schema["properties"]), v2_fields - set(schema["properties"])


def resolve(openapi, schema):
    while "$ref" in schema:
        schema = openapi["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def test_custom_fields_are_typed(openapi):
    guide = openapi["components"]["schemas"]["GuidePageSchema"]["properties"]
    topic = resolve(openapi, guide["topic"]["anyOf"][0])
    assert set(topic["properties"]) == {"id", "slug", "name"}
    related = resolve(openapi, guide["related_guides"]["anyOf"][0]["items"])
    assert set(related["properties"]) == {"id", "title", "slug", "url", "topic"}
    image = resolve(openapi, openapi["components"]["schemas"]["TopicPageSchema"]["properties"][
        "image"]["anyOf"][0])  # fmt: skip
    assert {"url", "width", "height", "alt", "renditions"} <= set(image["properties"])


def test_v3_guide_detail_matches_v2(client, demo_guide):
    v2 = get_json(client, f"/api/v2/pages/{demo_guide.id}/")
    v3 = get_json(client, f"/api/v3/pages/{demo_guide.id}/")
    for field in ("title", "summary", "topic", "tags", "reading_time", "related_guides"):
        assert v3[field] == v2[field], field
    assert [block["type"] for block in v3["body"]] == [block["type"] for block in v2["body"]]
    assert v3["meta"]["type"] == "guides.GuidePage"


def test_v3_listing_filters_by_type_and_paginates(client):
    first = get_json(client, "/api/v3/pages/", type="guides.GuidePage", limit=2)
    second = get_json(client, "/api/v3/pages/", type="guides.GuidePage", limit=2, offset=2)
    assert first["count"] >= 3 and len(first["items"]) == 2
    assert not {item["id"] for item in first["items"]} & {item["id"] for item in second["items"]}


@pytest.mark.parametrize(
    "params", [{"limit": "veel"}, {"limit": "1000"}, {"offset": "-1"}, {"type": "guides.Nope"}]
)
def test_v3_bad_parameters_are_4xx_json(client, params):
    response = client.get("/api/v3/pages/", params)
    assert 400 <= response.status_code < 500
    assert response.json()


def test_signpost_fields_are_typed(openapi):
    dossier = openapi["components"]["schemas"]["DossierPageSchema"]["properties"]
    resource = resolve(openapi, dossier["resources"]["anyOf"][0]["items"])
    assert {"title", "organisation", "url", "kind", "date_checked", "note"} <= set(
        resource["properties"]
    )
    role = resolve(openapi, dossier["localized_roles"]["anyOf"][0]["items"])
    assert set(role["properties"]) == {"id", "title", "slug", "url"}
