"""The signpost: entry by role and by theme, dossiers with key questions and resources that
are edited once, in both languages, in the API with filters."""

import pytest
from wagtail.models import Locale

from signpost.factories import (
    DossierPageFactory,
    ResourceFactory,
    RolePageFactory,
    SignpostPageFactory,
)
from signpost.models import Resource
from tests.html import assert_accessible_page, parse
from tests.sections import home, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def signpost():
    index = SignpostPageFactory(parent=home("nl"))
    councillor = RolePageFactory(parent=index, title="Raadslid", slug="raadslid")
    alderman = RolePageFactory(parent=index, title="Wethouder", slug="wethouder")
    budget_guide = ResourceFactory(title="Handreiking begrotingsbehandeling")
    law = ResourceFactory(title="Gemeentewet", kind=Resource.Kind.LEGISLATION)
    course = ResourceFactory(title="Cursus financiën voor raadsleden", kind="opleiding")
    budget = DossierPageFactory(
        parent=index, title="Begroting en financiën", slug="begroting-en-financien"
    )
    budget.roles.set([councillor])
    budget.resource_links.create(resource=budget_guide, note="Begin hier", sort_order=0)
    budget.resource_links.create(resource=law, sort_order=1)
    budget.save_revision().publish()
    housing = DossierPageFactory(parent=index, title="Wonen", slug="wonen")
    housing.roles.set([councillor, alderman])
    housing.save_revision().publish()
    councillor.resource_links.create(resource=course, sort_order=0)
    councillor.save_revision().publish()
    return {
        "index": index,
        "councillor": councillor,
        "alderman": alderman,
        "budget": budget,
        "housing": housing,
        "resources": [budget_guide, law, course],
    }


def test_signpost_offers_entry_by_role_and_by_theme(client, signpost):
    soup = assert_accessible_page(client.get("/wegwijzer/"))
    roles = soup.find("section", attrs={"aria-labelledby": "roles-heading"})
    themes = soup.find("section", attrs={"aria-labelledby": "dossiers-heading"})
    assert [a.get_text() for a in roles.select("h3 a")] == ["Raadslid", "Wethouder"]
    assert [a.get_text() for a in themes.select("h3 a")] == ["Begroting en financiën", "Wonen"]


def test_dossier_shows_key_questions_roles_and_resources_in_order(client, signpost):
    soup = assert_accessible_page(client.get(signpost["budget"].url))
    assert "Welke keuzes liggen er voor de raad?" in soup.select_one(".key-questions").get_text()
    assert [a.get_text() for a in soup.select(".resource-list h3 a")] == [
        "Handreiking begrotingsbehandeling",
        "Gemeentewet",
    ]
    first = soup.select_one(".resource-list li")
    assert "Begin hier" in first.get_text() and "Handreiking" in first.get_text()
    assert soup.select_one(".resource-list a")["href"] == signpost["resources"][0].url
    assert "Raadslid" in soup.select_one(".guide-header .meta").get_text()


def test_role_page_lists_its_dossiers_and_resources(client, signpost):
    soup = assert_accessible_page(client.get(signpost["councillor"].url))
    dossiers = soup.find("section", attrs={"aria-labelledby": "role-dossiers-heading"})
    assert {a.get_text() for a in dossiers.select("h3 a")} == {"Begroting en financiën", "Wonen"}
    assert [a.get_text() for a in soup.select(".resource-list h3 a")] == [
        "Cursus financiën voor raadsleden"
    ]
    alderman = parse(client.get(signpost["alderman"].url))
    assert [a.get_text() for a in alderman.select(".card h3 a")] == ["Wonen"]


def test_a_resource_edited_once_changes_everywhere(client, signpost):
    law = signpost["resources"][1]
    law.title = "Gemeentewet (geldende tekst)"
    law.save()
    assert "Gemeentewet (geldende tekst)" in client.get(signpost["budget"].url).content.decode()


def test_english_dossier_shows_english_resources_where_translated(client, signpost):
    translate(signpost["index"], title="Signpost", slug="signpost")
    english_role = translate(signpost["councillor"], title="Councillor", slug="councillor")
    english = translate(signpost["budget"], title="Budget and finance", slug="budget-and-finance")
    resource = signpost["resources"][0]
    english_resource = resource.copy_for_translation(Locale.objects.get(language_code="en"))
    english_resource.title = "Guide to the budget debate"
    english_resource.save()
    soup = assert_accessible_page(client.get(english.url), language="en")
    titles = [a.get_text() for a in soup.select(".resource-list h3 a")]
    assert titles == ["Guide to the budget debate", "Gemeentewet"]
    assert "Councillor" in soup.select_one(".guide-header .meta").get_text()
    assert english_role.url.startswith("/en/signpost/")


def test_api_dossiers_filtered_by_role_and_resources_by_kind_and_dossier(client, signpost):
    dossiers = client.get(
        "/api/v2/pages/", {"type": "signpost.DossierPage", "fields": "*", "order": "title"}
    ).json()
    first = dossiers["items"][0]
    assert first["title"] == "Begroting en financiën"
    assert [r["title"] for r in first["resources"]] == [
        "Handreiking begrotingsbehandeling",
        "Gemeentewet",
    ]
    assert first["resources"][0]["kind"] == "handreiking" and first["resources"][0]["note"]
    assert [role["slug"] for role in first["localized_roles"]] == ["raadslid"]
    assert first["key_questions"][0]["value"] == "Welke keuzes liggen er voor de raad?"
    resources = client.get("/api/v2/resources/", {"kind": "regelgeving"}).json()
    assert [item["title"] for item in resources["items"]] == ["Gemeentewet"]
    in_dossier = client.get("/api/v2/resources/", {"dossier": "begroting-en-financien"}).json()
    assert in_dossier["meta"]["total_count"] == 2
    role = client.get("/api/v2/resources/", {"role": "raadslid"}).json()
    assert [item["title"] for item in role["items"]] == ["Cursus financiën voor raadsleden"]


@pytest.mark.parametrize(
    "params",
    [{"kind": "roman"}, {"dossier": "bestaat-niet"}, {"role": "\x00"}, {"colour": "red"}],
)
def test_api_resources_refuses_bad_parameters(client, signpost, params):
    response = client.get("/api/v2/resources/", params)
    assert response.status_code == 400
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["status"] == 400 and problem["errors"][0]["detail"]


def test_role_page_api_lists_dossiers(client, signpost):
    data = client.get(f"/api/v2/pages/{signpost['alderman'].id}/").json()
    assert [dossier["title"] for dossier in data["dossiers"]] == ["Wonen"]


def test_api_v2_dossiers_by_role_in_both_languages(client, signpost):
    dossiers = client.get(
        "/api/v2/pages/", {"type": "signpost.DossierPage", "role": "raadslid", "order": "title"}
    ).json()
    assert [item["title"] for item in dossiers["items"]] == ["Begroting en financiën", "Wonen"]
    alderman = client.get("/api/v2/pages/", {"type": "signpost.DossierPage", "role": "wethouder"})
    assert [item["title"] for item in alderman.json()["items"]] == ["Wonen"]
    unknown = client.get("/api/v2/pages/", {"type": "signpost.DossierPage", "role": "koning"})
    assert unknown.status_code == 400 and "unknown role" in unknown.content.decode()


@pytest.mark.parametrize(
    "page_type", ["signpost.SignpostPage", "signpost.RolePage", "signpost.DossierPage"]
)
def test_api_v3_lists_the_signpost_page_types(client, signpost, page_type):
    response = client.get("/api/v3/pages/", {"type": page_type})
    assert response.status_code == 200
    expected = {"signpost.SignpostPage": 1, "signpost.RolePage": 2, "signpost.DossierPage": 2}
    assert response.json()["count"] == expected[page_type]
