"""Editors manage synonyms and see what readers search for, in Dutch."""

import pytest
from django.urls import reverse

from search.models import Synonym
from search.service import SearchRequest, search

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


def test_editor_adds_a_synonym_in_the_admin_and_search_uses_it(editor_client):
    assert search(SearchRequest.from_raw("knikkerbaan", "nl")).count == 0
    response = editor_client.post(
        reverse("wagtailsnippets_search_synonym:add"),
        {"terms": "knikkerbaan, giften", "language": "nl"},
    )
    assert response.status_code == 302
    assert Synonym.objects.filter(terms="knikkerbaan, giften").exists()
    hits = search(SearchRequest.from_raw("knikkerbaan", "nl")).hits
    assert hits and hits[0].topic_slug == "fondsenwerving"


def test_synonym_listing_is_dutch(editor_client):
    response = editor_client.get(reverse("wagtailsnippets_search_synonym:list"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Synoniemen" in content or "synoniemen" in content
    assert "fusie, fuseren, samengaan, samenvoegen" in content


def test_reports_of_popular_and_unanswered_queries(editor_client, client):
    client.get("/zoeken/", {"q": "leden werven"})
    client.get("/zoeken/", {"q": "xylofoonconcert"})
    popular = editor_client.get(reverse("wagtailsearchpromotions:search_terms"))
    assert popular.status_code == 200 and "leden werven" in popular.content.decode()
    unanswered = editor_client.get(reverse("wagtailsnippets_search_unansweredquery:list"))
    assert unanswered.status_code == 200
    content = unanswered.content.decode()
    assert "xylofoonconcert" in content and "leden werven" not in content
