"""The signpost, news and learning paths in the site search on every engine (the database
engine of SQLite or PostgreSQL, and OpenSearch in its stage): a dossier and a role page are
found by the words of the resources chosen into them (a councillor's words, e.g.
"begrotingsbehandeling voorbereiden"), follow when a resource is edited, and are found in
English by their English resources; news items and learning paths are found by their text."""

import pytest
from django.conf import settings
from wagtail.models import Locale

from learningpaths.factories import LearningPathIndexPageFactory, LearningPathPageFactory
from news.factories import NewsIndexPageFactory, NewsItemPageFactory
from search.service import SearchRequest, search
from signpost.factories import (
    DossierPageFactory,
    ResourceFactory,
    RolePageFactory,
    SignpostPageFactory,
)
from tests.html import parse
from tests.search.conftest import refresh_opensearch
from tests.sections import home, translate

pytestmark = pytest.mark.django_db


def titles(query, language="nl", n=5):
    """The first result titles; on OpenSearch after a refresh, so what was just indexed (by
    the publishing and saving signals) is searchable at once."""
    refresh()
    response = search(SearchRequest.from_raw(query, language))
    return [hit.page.title for hit in response.hits[:n] if hit.page]


def refresh():
    if settings.SEARCH_URL:
        refresh_opensearch()


@pytest.fixture
def budget(engine):
    index = SignpostPageFactory(parent=home("nl"))
    resource = ResourceFactory(
        title="Handreiking begrotingscyclus",
        organisation="Vereniging van Nederlandse Gemeenten",
        description="Zo kan de raad de begrotingsbehandeling voorbereiden, met amendementen.",
    )
    course = ResourceFactory(
        title="Leergang dualisme",
        organisation="Nederlands Genootschap van Burgemeesters",
        description="Een opleiding over de kaderstellende en controlerende rol van het college.",
        kind="opleiding",
    )
    dossier = DossierPageFactory(
        parent=index,
        title="Begroting en financiën",
        intro="Over geld en keuzes in de gemeente.",
        key_questions=[("question", "Welke keuzes liggen er?")],
    )
    dossier.resource_links.create(resource=resource, sort_order=0)
    dossier.save_revision().publish()
    alderman = RolePageFactory(parent=index, title="Wethouder", slug="wethouder")
    alderman.resource_links.create(resource=course, sort_order=0)
    alderman.save_revision().publish()
    return {"index": index, "dossier": dossier, "resource": resource, "alderman": alderman}


def test_a_councillors_words_find_the_dossier_through_its_resources(budget):
    assert "Begroting en financiën" in titles("begrotingsbehandeling voorbereiden", n=3)


def test_a_role_page_is_found_by_its_resources(budget):
    assert "Wethouder" in titles("leergang dualisme", n=3)


def test_the_site_search_page_lists_the_dossier(client, budget):
    refresh()
    soup = parse(client.get("/zoeken/", {"q": "begrotingsbehandeling voorbereiden"}))
    found = [a.get_text(strip=True) for a in soup.select("ol.results h2 a")]
    assert "Begroting en financiën" in found[:3]


def test_an_edited_resource_changes_what_finds_its_dossier(budget):
    assert "Begroting en financiën" not in titles("rekenkamer")
    resource = budget["resource"]
    resource.description = "Wat de rekenkamer voor de raad onderzoekt."
    resource.save()
    assert "Begroting en financiën" in titles("rekenkamer", n=3)
    assert "Begroting en financiën" not in titles("amendementen")


def test_the_english_dossier_is_found_by_its_english_resources(budget):
    translate(budget["index"], title="Signpost", slug="signpost")
    english = translate(budget["dossier"], title="Budget and finance", slug="budget-and-finance")
    resource = budget["resource"].copy_for_translation(Locale.objects.get(language_code="en"))
    resource.title = "Guide to the budget cycle"
    resource.description = "How the council prepares the budget debate and tables amendments."
    resource.save()
    assert english.title in titles("prepare the budget debate", language="en", n=3)
    assert english.title not in titles("begrotingsbehandeling", language="en")


def test_news_items_and_learning_paths_are_found_by_their_text(engine):
    news = NewsIndexPageFactory(parent=home("nl"))
    NewsItemPageFactory(
        parent=news,
        title="Nieuwe wegwijzer voor volksvertegenwoordigers",
        summary="Raadsleden en wethouders vinden per beleidsthema de belangrijkste bronnen.",
    ).save_revision().publish()
    paths = LearningPathIndexPageFactory(parent=home("nl"))
    LearningPathPageFactory(
        parent=paths,
        title="Op weg naar de verkiezingen",
        intro="Van verkiezingsprogramma en kandidatenlijst tot de campagne en de verkiezingsdag.",
    ).save_revision().publish()
    assert "Nieuwe wegwijzer voor volksvertegenwoordigers" in titles("volksvertegenwoordigers")
    assert "Op weg naar de verkiezingen" in titles("kandidatenlijst campagne verkiezingsdag")
