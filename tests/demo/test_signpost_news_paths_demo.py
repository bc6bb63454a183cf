"""The demo's signpost, news, learning paths and trainings agenda: the numbers the issues ask
for, in Dutch and English, served, and loaded twice without doubling."""

import pytest
from wagtail.models import Locale

from demo.loader import DemoSite
from learningpaths.models import LearningPathIndexPage, LearningPathPage
from news.models import NewsIndexPage, NewsItemPage
from signpost.models import DossierPage, Resource, RolePage, SignpostPage
from tests.html import parse
from trainings.models import Registration, TrainingIndexPage, TrainingPage, TrainingSession

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]

PER_LANGUAGE = {
    SignpostPage: 1,
    RolePage: 5,
    DossierPage: 8,
    NewsIndexPage: 1,
    NewsItemPage: 10,
    LearningPathIndexPage: 1,
    LearningPathPage: 3,
    TrainingIndexPage: 1,
    TrainingPage: 26,
}


def counts():
    found = {
        (model.__name__, code): model.objects.live().filter(locale__language_code=code).count()
        for model in PER_LANGUAGE
        for code in ("nl", "en")
    }
    for code in ("nl", "en"):
        found[("Resource", code)] = Resource.objects.filter(locale__language_code=code).count()
    return found


def test_the_demo_has_the_dossiers_resources_news_and_paths_in_both_languages():
    found = counts()
    for model, count in PER_LANGUAGE.items():
        assert found[(model.__name__, "nl")] == count, model
        assert found[(model.__name__, "en")] == count, model
    assert found[("Resource", "nl")] >= 40
    assert found[("Resource", "en")] == found[("Resource", "nl")]
    kinds = set(Resource.objects.values_list("kind", flat=True))
    assert kinds == set(Resource.Kind.values)


def test_every_dossier_has_an_introduction_key_questions_roles_and_resources():
    for dossier in DossierPage.objects.live().filter(locale__language_code="en"):
        assert dossier.intro and len(dossier.key_questions) >= 3, dossier.title
        assert dossier.localized_roles and len(dossier.resources) >= 4, dossier.title
        english = Locale.objects.get(language_code="en")
        assert all(resource.locale_id == english.id for resource, _ in dossier.resources)


def test_the_learning_paths_hold_the_demo_guides_in_order(client):
    path = LearningPathPage.objects.get(slug="op-weg-naar-de-verkiezingen")
    assert len(path.guides) == 7
    soup = parse(client.get(path.guides[1].url))
    assert "2 van 7" in soup.get_text(" ", strip=True)


def test_signpost_news_and_paths_are_served_in_both_languages(client):
    for url in (
        "/wegwijzer/",
        "/wegwijzer/begroting-en-financien/",
        "/wegwijzer/raadslid/",
        "/nieuws/",
        "/nieuws/feed/",
        "/leerlijnen/een-nieuwe-partij-oprichten/",
        "/en/signpost/",
        "/en/signpost/budget-and-finance/",
        "/en/news/",
        "/en/learning-paths/",
    ):
        assert client.get(url).status_code == 200, url


def test_a_councillors_words_find_the_budget_dossier(client):
    soup = parse(client.get("/zoeken/", {"q": "begrotingsbehandeling voorbereiden"}))
    titles = [a.get_text(strip=True) for a in soup.select("ol.results h2 a")]
    assert "Begroting en financiën" in titles[:3]
    soup = parse(client.get("/en/search/", {"q": "prepare the budget debate"}))
    titles = [a.get_text(strip=True) for a in soup.select("ol.results h2 a")]
    assert "Budget and finance" in titles[:3]


def trainings_counts():
    return (TrainingSession.objects.count(), Registration.objects.count())


def test_loading_twice_creates_nothing_twice():
    before = counts(), trainings_counts()
    DemoSite(log=lambda message: None).load()
    assert (counts(), trainings_counts()) == before


@pytest.mark.parametrize(("url", "language"), [("/", "nl"), ("/en/", "en")])
def test_every_service_the_home_page_names_links_to_its_section_in_that_language(
    client, url, language
):
    soup = parse(client.get(url))
    welcome = [a["href"] for a in soup.select(".hero .prose a")]
    services = [a["href"] for a in soup.select("ul.services h3 a")]
    assert len(welcome) == 7 and len(services) == 7
    for href in welcome + services:
        assert href.startswith("/en/") == (language == "en"), href
        response = client.get(href)
        # The forum asks visitors to log in (403); every other section is open.
        assert response.status_code in (200, 403), href
        assert f'lang="{language}"' in response.content.decode(), href
