"""API v3's OpenAPI document types StreamField bodies: a union discriminated on `type`, one
schema per block with the fields of its value, and the responses match those schemas."""

import uuid

import pytest
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from guides.blocks import GuideBodyBlock
from guides.factories import GuidePageFactory

from .helpers import get_json

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def openapi(django_db_blocker):
    from django.test import Client

    with django_db_blocker.unblock():
        return Client().get("/api/v3/openapi.json").json()


def resolve(openapi, schema):
    while "$ref" in schema:
        schema = openapi["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def block_schemas(openapi, page_schema):
    body = openapi["components"]["schemas"][page_schema]["properties"]["body"]
    items = body["items"]
    assert items["discriminator"]["propertyName"] == "type"
    return {
        resolve(openapi, ref)["properties"]["type"]["const"]: resolve(openapi, ref)
        for ref in items["oneOf"]
    }


def test_a_guide_body_is_a_union_of_every_block_type(openapi):
    schemas = block_schemas(openapi, "GuidePageSchema")
    assert set(schemas) == set(GuideBodyBlock.base_blocks)
    for schema in schemas.values():
        assert schema["required"] == ["type", "value", "id"]


def test_standard_pages_have_their_own_blocks(openapi):
    schemas = block_schemas(openapi, "StandardPageSchema")
    assert "steps" not in schemas and {"heading", "image", "table"} <= set(schemas)


@pytest.mark.parametrize(
    ("block", "fields"),
    [
        ("heading", {"text", "level"}),
        ("callout", {"kind", "title", "text"}),
        ("image", {"image", "alt", "caption"}),
        ("document", {"id", "title", "description", "download_url", "file_extension"}),
        ("video", {"url", "title", "transcript"}),
        ("table", {"caption", "header", "rows", "first_col_is_header"}),
        ("steps", {"title", "steps"}),
        ("faq", {"title", "items"}),
    ],
)
def test_each_block_schema_has_the_fields_of_its_value(openapi, block, fields):
    value = block_schemas(openapi, "GuidePageSchema")[block]["properties"]["value"]
    value = resolve(openapi, value.get("anyOf", [value])[0])
    assert fields <= set(value["properties"]), set(value["properties"])


def test_image_blocks_carry_their_renditions(openapi):
    value = resolve(
        openapi, block_schemas(openapi, "GuidePageSchema")["image"]["properties"]["value"]
    )
    image = resolve(openapi, value["properties"]["image"]["anyOf"][0])
    sizes = resolve(openapi, image["properties"]["renditions"])
    assert set(sizes["properties"]) == {"small", "medium", "large"}
    assert set(resolve(openapi, sizes["properties"]["small"])["properties"]) == {
        "url", "width", "height", "alt",
    }  # fmt: skip


def test_callout_kinds_are_an_enumeration(openapi):
    value = resolve(
        openapi, block_schemas(openapi, "GuidePageSchema")["callout"]["properties"]["value"]
    )
    assert set(value["properties"]["kind"]["enum"]) == {"tip", "warning", "info"}


def blocks():
    return GuideBodyBlock.base_blocks.items()


def every_block():
    image = get_image_model().objects.order_by("id").first()
    document = get_document_model().objects.order_by("id").first()
    media = {
        "image": {"image": image.id, "alt_text": "Een zaal vol leden", "caption": "Ledenavond"},
        "document": {"document": document.id, "title": "", "description": "Het sjabloon"},
    }
    values = {name: getattr(block.meta, "preview_value", None) for name, block in blocks()}
    values.update(media)
    return [
        {"type": name, "value": value, "id": str(uuid.uuid4())} for name, value in values.items()
    ]


def test_v3_serves_every_block_exactly_as_v2(client, topic):
    guide = GuidePageFactory(parent=topic, title="Alle blokken", body=every_block())
    v2 = get_json(client, f"/api/v2/pages/{guide.id}/")
    v3 = get_json(client, f"/api/v3/pages/{guide.id}/")
    assert [block["type"] for block in v3["body"]] == list(GuideBodyBlock.base_blocks)
    assert v3["body"] == v2["body"]
    image = next(block for block in v3["body"] if block["type"] == "image")["value"]
    assert image["image"]["renditions"]["large"]["url"].endswith(".webp")
