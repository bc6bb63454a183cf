"""The signpost in the site search, in both languages: a dossier is found by its resources'
words (a councillor's words), and follows when a resource is edited."""

import pytest
from wagtail.models import Locale

from signpost.factories import DossierPageFactory, ResourceFactory, SignpostPageFactory
from tests.html import parse
from tests.sections import home, translate

pytestmark = pytest.mark.django_db


def result_titles(client, query, language="nl"):
    path = "/zoeken/" if language == "nl" else "/en/search/"
    soup = parse(client.get(path, {"q": query}))
    return [a.get_text(strip=True) for a in soup.select("ol.results h2 a")]


@pytest.fixture
def budget():
    index = SignpostPageFactory(parent=home("nl"))
    resource = ResourceFactory(
        title="Handreiking begrotingscyclus",
        organisation="Vereniging van Nederlandse Gemeenten",
        description="Hoe de raad de begrotingsbehandeling kan voorbereiden.",
    )
    dossier = DossierPageFactory(
        parent=index,
        title="Begroting en financiën",
        intro="Over geld en keuzes in de gemeente.",
        key_questions=[("question", "Welke keuzes liggen er?")],
    )
    dossier.resource_links.create(resource=resource, sort_order=0)
    dossier.save_revision().publish()
    return {"index": index, "dossier": dossier, "resource": resource}


def test_a_councillors_words_find_the_dossier_through_its_resources(client, budget):
    assert "Begroting en financiën" in result_titles(client, "begrotingsbehandeling voorbereiden")


def test_an_edited_resource_changes_what_finds_its_dossier(client, budget):
    assert "Begroting en financiën" not in result_titles(client, "rekenkamer")
    resource = budget["resource"]
    resource.description = "Wat de rekenkamer voor de raad onderzoekt."
    resource.save()
    assert "Begroting en financiën" in result_titles(client, "rekenkamer")


def test_the_english_dossier_is_found_by_its_english_resources(client, budget):
    translate(budget["index"], title="Signpost", slug="signpost")
    english = translate(budget["dossier"], title="Budget and finance", slug="budget-and-finance")
    resource = budget["resource"].copy_for_translation(Locale.objects.get(language_code="en"))
    resource.title = "Guide to the budget cycle"
    resource.description = "How the council prepares the budget debate and tables amendments."
    resource.save()
    assert english.title in result_titles(client, "prepare budget debate", language="en")
    assert english.title not in result_titles(client, "begrotingsbehandeling", language="en")
