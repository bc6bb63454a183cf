"""The search registry: every section joins the search through its models' declarations,
with a type facet beside the topic facet; members-only content is never found."""

import pytest
from django.urls import reverse

from guides.models import GuidePage, TopicPage
from search import registry
from search.models import SearchDocument
from search.service import SearchInputError, SearchRequest, search

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


def run(q, **kwargs):
    return search(SearchRequest.from_raw(q, kwargs.pop("locale", "nl"), **kwargs))


def test_the_registry_reads_the_models_declarations():
    types = registry.search_types()
    assert types["guides.GuidePage"].key == "guide"
    assert types["guides.GuidePage"].weight == 1.0
    assert types["guides.TopicPage"].is_topic
    assert types["home.HomePage"].weight < types["guides.TopicPage"].weight < 1.0
    assert types["documents.KennispuntDocument"].key == "document"
    assert str(types["guides.GuidePage"].label) == "Gids"


def test_documents_carry_type_weight_and_date(demo_guide):
    document = SearchDocument.objects.get(page=demo_guide)
    assert (document.type_key, document.boost) == ("guide", 1.0)
    assert document.date is not None
    assert "doelgroep" in document.headings.lower() or document.headings


def test_type_facet_counts_and_filter(engine):
    everything = run("leden")
    assert everything.types["guide"] >= 3
    assert "topic" in everything.types
    guides = run("leden", result_type="guide")
    assert guides.count == everything.types["guide"]
    assert {hit.type_key for hit in guides.hits} == {"guide"}
    assert guides.types == everything.types  # a facet never filters its own counts
    in_topic = run("leden", result_type="guide", topic="ledenwerving")
    assert {hit.topic_slug for hit in in_topic.hits} == {"ledenwerving"}
    assert in_topic.count == guides.facets["ledenwerving"]


def test_unknown_type_is_an_input_error(engine):
    with pytest.raises(SearchInputError):
        run("leden", result_type="bestaat-niet")


def test_search_page_shows_the_type_facet(engine, client):
    response = client.get(reverse("search"), {"q": "leden"})
    html = response.content.decode()
    assert 'class="search-facets search-facets--type"' in html
    assert "Gids (" in html and "type=guide" in html
    filtered = client.get(reverse("search"), {"q": "leden", "type": "guide"}).content.decode()
    assert '<span aria-current="true">Gids (' in filtered
    assert 'class="result-meta">Gids' in filtered
    assert 'class="result-meta">Onderwerp' not in filtered


def test_search_page_with_an_unknown_type_searches_all_types(engine, client):
    html = client.get(reverse("search"), {"q": "leden", "type": "xx"}).content.decode()
    assert "Deze soort kennen we niet" in html
    assert "Gids (" in html


def test_search_api_has_the_type_facet_and_filter(engine, client):
    data = client.get("/api/search/", {"q": "leden"}).json()
    assert data["facets"]["type"]["guide"] >= 3
    guides = client.get("/api/search/", {"q": "leden", "type": "guide"}).json()
    assert guides["count"] == data["facets"]["type"]["guide"]
    assert {item["type"] for item in guides["items"]} == {"guides.GuidePage"}


@pytest.fixture
def members_only(monkeypatch):
    """Declare a model members-only, as the forum's pages will."""

    def declare(model):
        monkeypatch.setattr(model, "search_members_only", True, raising=False)
        registry.reset()

    yield declare
    monkeypatch.undo()
    registry.reset()


def test_members_only_pages_are_never_indexed_or_found(members_only, new_guide):
    members_only(GuidePage)
    guide = new_guide(title="Ledenforum over quokkabeleid", summary="Alleen voor leden.")
    assert not SearchDocument.objects.filter(page=guide).exists()
    assert run("quokkabeleid").count == 0


def test_pages_below_a_members_only_page_are_never_indexed(members_only, new_guide, topic):
    members_only(TopicPage)
    guide = new_guide(title="Besloten draad over quokkabeleid", summary="Alleen voor leden.")
    assert not SearchDocument.objects.filter(page=guide).exists()
    assert run("quokkabeleid").count == 0
