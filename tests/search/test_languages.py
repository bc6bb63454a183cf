"""English pages are searched with English analysis, under /en/ and with locale=en."""

import pytest

from search.engines import opensearch_index
from search.service import SearchRequest, search
from tests.search.conftest import publish_english_guide, refresh_opensearch

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["database", pytest.param("opensearch", marks=pytest.mark.opensearch)])
def english_guide(request):
    if request.param == "opensearch":
        request.getfixturevalue("opensearch_index")
    topic, guide = publish_english_guide()
    if request.param == "opensearch":
        # A fresh index, not the pages indexed on top: OpenSearch counts the replaced versions
        # of a document (each save indexes it again) in its term statistics until their
        # segment is merged, which makes a new page's rare words look common.
        opensearch_index.rebuild()
        refresh_opensearch()
    return guide


def test_english_inflections_match(english_guide):
    response = search(SearchRequest.from_raw("recruitment of quokka", "en"))
    assert response.hits[0].page_id == english_guide.id
    assert "<mark>" in response.hits[0].snippet


def test_dutch_search_does_not_return_english_pages(english_guide):
    response = search(SearchRequest.from_raw("quokkas", "nl"))
    assert english_guide.id not in [hit.page_id for hit in response.hits]


def test_english_page_and_api(client, english_guide):
    page = client.get("/en/search/", {"q": "recruiting quokkas"})
    assert page.status_code == 200 and english_guide.title in page.content.decode()
    data = client.get("/api/search/", {"q": "recruiting quokka", "locale": "en"}).json()
    assert data["items"][0]["id"] == english_guide.id


def test_the_english_search_page_has_english_url_and_topic_parameter(client):
    page = client.get("/en/search/", {"q": "members", "topic": "membership-recruitment"})
    html = page.content.decode()
    assert page.status_code == 200
    assert 'action="/en/search/"' in html
    assert 'name="topic" value="membership-recruitment"' in html
    assert client.get("/zoeken/", {"q": "leden", "onderwerp": "ledenwerving"}).status_code == 200
    old = client.get("/en/zoeken/", {"q": "members"})
    assert old.status_code == 301
    assert old["Location"] == "/en/search/?q=members"
