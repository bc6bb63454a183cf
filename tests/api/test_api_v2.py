import pytest

from guides.models import GuidePage, TopicPage
from home.models import StandardPage

pytestmark = pytest.mark.django_db

API = "/api/v2/pages/"


def get_json(client, url, status=200, **params):
    response = client.get(url, params)
    assert response.status_code == status, response.content[:500]
    return response.json()


def test_every_page_type_is_in_the_api_with_its_fields(client):
    listing = get_json(client, API, limit=100)
    types = {item["meta"]["type"] for item in listing["items"]}
    assert {
        "home.HomePage", "home.StandardPage", "guides.GuideIndexPage",
        "guides.TopicPage", "guides.GuidePage",
    } <= types  # fmt: skip


def test_guide_listing_with_all_fields(client):
    data = get_json(client, API, type="guides.GuidePage", fields="*", limit=5)
    assert data["meta"]["total_count"] >= 3
    item = data["items"][0]
    for field in ("summary", "topic", "body", "tags", "reading_time", "related_guides"):
        assert field in item
    assert set(item["topic"]) == {"id", "slug", "name"}


def test_guide_detail_shape(client, demo_guide):
    data = get_json(client, f"{API}{demo_guide.id}/")
    assert data["title"] == demo_guide.title
    assert data["topic"] == {
        "id": demo_guide.topic.id,
        "slug": "ledenwerving",
        "name": "Ledenwerving",
    }
    assert data["reading_time"] >= 3
    assert data["body"] and all({"type", "value", "id"} <= set(block) for block in data["body"])
    paragraph = next(block for block in data["body"] if block["type"] == "paragraph")
    assert paragraph["value"].startswith("<p")
    for related in data["related_guides"]:
        assert set(related) == {"id", "title", "slug", "url", "topic"}
        assert related["url"].startswith("http")
    assert "email" not in str(data["content_owner"])


def test_image_blocks_carry_a_rendition(client):
    guide = next(
        page
        for page in GuidePage.objects.live()
        if any(block.block_type == "image" for block in page.body)
    )
    data = get_json(client, f"{API}{guide.id}/")
    block = next(block for block in data["body"] if block["type"] == "image")
    image = block["value"]["image"]
    assert {"url", "width", "height", "alt"} <= set(image)
    assert image["alt"] == block["value"]["alt"] and image["alt"]
    assert image["width"] <= 960 and image["height"] > 0
    assert set(image["renditions"]) == {"small", "medium", "large"}
    from pathlib import Path

    from django.conf import settings

    media_path = image["url"].split(settings.MEDIA_URL, 1)[1]
    assert (Path(settings.MEDIA_ROOT) / media_path).is_file()


def test_document_blocks_carry_a_download_url(client):
    guide = next(
        page
        for page in GuidePage.objects.live()
        if any(block.block_type == "document" for block in page.body)
    )
    data = get_json(client, f"{API}{guide.id}/")
    block = next(block for block in data["body"] if block["type"] == "document")
    assert block["value"]["download_url"].startswith("/documents/")
    assert block["value"]["file_extension"] == "pdf"


def test_topic_filter(client, topic):
    data = get_json(client, API, type="guides.GuidePage", topic="ledenwerving", fields="topic")
    assert data["meta"]["total_count"] == GuidePage.objects.live().filter(topic=topic).count()
    assert {item["topic"]["slug"] for item in data["items"]} == {"ledenwerving"}


def test_unknown_topic_is_a_400_with_a_message(client):
    data = get_json(client, API, status=400, type="guides.GuidePage", topic="bestaat-niet")
    assert "unknown topic" in data["message"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"type": "guides.Nope"}, "type doesn't exist"),
        ({"limit": "veel"}, "limit must be a positive integer"),
        ({"limit": "-1"}, "limit must be a positive integer"),
        ({"onbekend": "1"}, "query parameter is not an operation or a recognised field: onbekend"),
    ],
)
def test_bad_parameters_are_400_not_500(client, params, message):
    data = get_json(client, API, status=400, **params)
    assert data == {"message": message}


def test_topic_pages_in_the_api(client):
    data = get_json(client, API, type="guides.TopicPage", fields="intro,image,guide_count")
    by_slug = {item["meta"]["slug"]: item for item in data["items"]}
    assert len(by_slug) >= 2
    topic = by_slug["ledenwerving"]
    assert topic["guide_count"] == 2
    assert {"url", "width", "height", "alt"} <= set(topic["image"])


def test_standard_page_in_the_api(client):
    page = StandardPage.objects.get(slug="over-ons", locale__language_code="nl")
    data = get_json(client, f"{API}{page.id}/")
    assert data["intro"] and data["body"]


def test_drafts_are_not_in_the_api(client, topic):
    from guides.factories import GuidePageFactory

    draft = GuidePageFactory(parent=topic, live=False)
    assert client.get(f"{API}{draft.id}/").status_code == 404
    ids = {
        item["id"] for item in get_json(client, API, limit=100, type="guides.GuidePage")["items"]
    }
    assert draft.id not in ids
    assert TopicPage.objects.filter(id=topic.id).exists()
