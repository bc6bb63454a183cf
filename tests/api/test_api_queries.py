"""A page of API results costs a fixed number of queries, however many guides and blocks."""

import pytest
from django.core.cache import caches

from .helpers import get_json, topic_with_guides

pytestmark = pytest.mark.django_db

API = "/api/v2/pages/"
# One of them: the restricted collections, once per request (a document block hides their files).
MAX_LISTING_QUERIES = 15
MAX_DETAIL_QUERIES = 12


def listing(client, slug):
    return get_json(client, API, type="guides.GuidePage", fields="*", limit=20, topic=slug)


@pytest.mark.parametrize("guides,blocks", [(2, 1), (20, 12)])
def test_guide_listing_queries_are_constant(client, django_assert_max_num_queries, guides, blocks):
    topic, _ = topic_with_guides(guides, blocks)
    listing(client, topic.slug)  # renditions are made once, on first use
    caches["default"].clear()
    with django_assert_max_num_queries(MAX_LISTING_QUERIES):
        data = listing(client, topic.slug)
    assert len(data["items"]) == guides
    images = [block for block in data["items"][-1]["body"] if block["type"] == "image"]
    assert len(images) == blocks and images[0]["value"]["image"]["renditions"]["large"]["url"]
    assert all(item["related_guides"] and item["tags"] is not None for item in data["items"])


@pytest.mark.parametrize("blocks", [1, 40])
def test_guide_detail_queries_are_constant(client, django_assert_max_num_queries, blocks):
    _, guides = topic_with_guides(2, blocks)
    url = f"{API}{guides[0].id}/"
    get_json(client, url)
    caches["default"].clear()
    with django_assert_max_num_queries(MAX_DETAIL_QUERIES):
        data = get_json(client, url)
    assert len([block for block in data["body"] if block["type"] == "document"]) == blocks
    assert data["related_guides"][0]["id"] == guides[1].id
