"""/zoeken/ as a reader sees it."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from guides.models import GuidePage
from search.models import UnansweredQuery
from tests.html import assert_accessible_page, parse

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


def get(client, **params):
    return client.get("/zoeken/", params)


def test_results_with_highlights_and_topic_facet(client):
    soup = assert_accessible_page(get(client, q="giften"))
    results = soup.select("ol.results li.result")
    assert results and results[0].find("a").text.startswith("Giften")
    assert soup.select("ol.results mark")
    facet_links = {a["href"]: a.text for a in soup.select("nav.search-facets a")}
    assert any("onderwerp=fondsenwerving" in href for href in facet_links)
    assert any("Fondsenwerving (" in text for text in facet_links.values())


def test_topic_filter_narrows_results(client):
    soup = parse(get(client, q="leden", onderwerp="programma"))
    titles = [a.text for a in soup.select("ol.results h2 a")]
    assert titles and all(
        GuidePage.objects.filter(title=t).first() is None
        or GuidePage.objects.get(title=t).topic.slug == "programma"
        for t in titles
    )
    assert soup.select_one("nav.search-facets [aria-current]").text.startswith("Verkiezings")


def test_unknown_topic_is_explained_not_an_error(client):
    response = get(client, q="leden", onderwerp="bestaat-niet")
    soup = assert_accessible_page(response)
    assert "onderwerp kennen we niet" in soup.select_one(".search-message").text
    assert soup.select("ol.results li")


def test_pagination_keeps_query_and_topic(client):
    soup = parse(get(client, q="partij kandidaten leden campagne", page=1))
    next_link = soup.select_one("nav.pagination a[rel=next]")
    assert next_link is not None and "q=partij+kandidaten" in next_link["href"]
    second = parse(client.get("/zoeken/" + next_link["href"]))
    assert "Pagina 2" in second.select_one("nav.pagination span").text
    filtered = parse(get(client, q="leden partij", onderwerp="ledenwerving"))
    for link in filtered.select("nav.pagination a"):
        assert "onderwerp=ledenwerving" in link["href"]


def test_did_you_mean(client):
    soup = parse(get(client, q="kandidaatsteling"))
    suggestion = soup.select_one(".search-suggestion a")
    assert suggestion.text == "kandidaatstelling"
    assert suggestion["href"] == "?q=kandidaatstelling"


def test_helpful_empty_state_and_unanswered_query_logged(client):
    soup = assert_accessible_page(get(client, q="xylofoonconcert"))
    empty = soup.select_one(".search-empty")
    assert empty is not None and empty.select("a")
    logged = UnansweredQuery.objects.get(query_string="xylofoonconcert")
    get(client, q="xylofoonconcert")
    logged.refresh_from_db()
    assert logged.hits == 2


def test_queries_are_logged_for_the_popular_queries_report(client):
    get(client, q="leden werven")
    get(client, q="leden werven")
    assert Query.objects.get(query_string="leden werven").hits == 2
    assert not UnansweredQuery.objects.filter(query_string="leden werven").exists()


def test_search_promotion_comes_first(client):
    pinned = GuidePage.objects.get(slug="acties-boekhouding")
    SearchPromotion.objects.create(query=Query.get("leden"), page=pinned, sort_order=0)
    soup = parse(get(client, q="leden"))
    first = soup.select_one("ol.results li")
    assert "result--promoted" in first["class"]
    assert first.find("a").text == pinned.title
    assert [a.text for a in soup.select("ol.results h2 a")].count(pinned.title) == 1


@pytest.mark.parametrize("q", ['"', "<script>alert(1)</script>", "a" * 3000, "\x00\x07"])
def test_hostile_input_renders_safely(client, q):
    response = get(client, q=q, page="abc")
    assert response.status_code == 200
    assert b"<script>alert" not in response.content


def test_empty_query_shows_the_form_only(client):
    soup = assert_accessible_page(get(client))
    assert soup.select_one("form[role=search]") and not soup.select("ol.results")
