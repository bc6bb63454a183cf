"""The OpenSearch node: Dutch analysis, privacy, and falling back when it is away."""

import logging

import pytest
from wagtail.models import Page, PageViewRestriction
from wagtail.search.backends import get_search_backend

from search.service import SearchRequest, node_resting, search
from tests.search.conftest import index_in_opensearch

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


def analyse(text, analyzer):
    backend = get_search_backend()
    index = backend.get_index_for_model(Page).name
    result = backend.es.indices.analyze(index=index, body={"analyzer": analyzer, "text": text})
    return [token["token"] for token in result["tokens"]]


def page_ids(q, **kwargs):
    return [hit.page_id for hit in search(SearchRequest.from_raw(q, "nl", **kwargs)).hits]


@pytest.mark.opensearch
def test_dutch_analyzer_splits_compounds_stems_and_folds(opensearch_index):
    tokens = analyse("Gemeenteraadsverkiezingen ledenwerfactie financiën", "kennispunt_dutch")
    assert set(analyse("verkiezingen", "kennispunt_dutch")) <= set(tokens)
    assert set(analyse("gemeente", "kennispunt_dutch")) <= set(tokens)
    assert set(analyse("leden actie", "kennispunt_dutch")) <= set(tokens)
    assert "financien" in tokens or "financi" in tokens
    assert set(analyse("lid", "kennispunt_dutch")) == set(analyse("leden", "kennispunt_dutch"))


@pytest.mark.opensearch
def test_english_analyzer_stems_english(opensearch_index):
    english = "kennispunt_english"
    assert analyse("recruiting", english) == analyse("recruitment", english)


@pytest.mark.opensearch
def test_fuzzy_matching_finds_typos(opensearch_index):
    response = search(SearchRequest.from_raw("sponsorring", "nl"))
    assert response.backend == "opensearch"
    assert response.hits and response.hits[0].topic_slug == "fondsenwerving"


@pytest.mark.opensearch
def test_unpublished_and_private_pages_are_never_returned(opensearch_index, new_guide):
    guide = new_guide(title="Zeepkistsessie")
    index_in_opensearch(guide)
    assert page_ids("zeepkistsessie") == [guide.id]
    PageViewRestriction.objects.create(page=guide, restriction_type="login")
    assert page_ids("zeepkistsessie") == []
    PageViewRestriction.objects.all().delete()
    guide.unpublish()
    index_in_opensearch(guide)
    assert page_ids("zeepkistsessie") == []


@pytest.fixture
def node_down(settings):
    """SEARCH_URL points at a port where no node listens."""
    settings.SEARCH_URL = "http://127.0.0.1:9"
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.wagtail_backend.KennispuntOpenSearchBackend",
            "HOSTS": [{"host": "127.0.0.1", "port": 9}],
            "TIMEOUT": 1,
            "OPTIONS": {"max_retries": 0},
        }
    }


def test_node_down_falls_back_to_the_database(node_down, client, caplog):
    with caplog.at_level(logging.WARNING, logger="search"):
        response = search(SearchRequest.from_raw("giften", "nl"))
    assert response.backend == "database" and response.hits
    assert "OpenSearch unavailable" in caplog.text
    assert node_resting()
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="search"):
        search(SearchRequest.from_raw("leden", "nl"))
    assert "OpenSearch unavailable" not in caplog.text, "a resting node is not asked again"
    assert client.get("/zoeken/", {"q": "giften"}).status_code == 200
    assert client.get("/api/search/", {"q": "giften"}).json()["count"] > 0


def test_pages_api_search_falls_back_to_the_database_when_the_node_is_down(node_down, client):
    response = client.get(
        "/api/v2/pages/", {"type": "guides.GuidePage", "search": "giften", "fields": "topic"}
    )
    assert response.status_code == 200, response.content
    items = response.json()["items"]
    assert items and items[0]["topic"]["slug"] == "fondsenwerving"
    assert node_resting()
