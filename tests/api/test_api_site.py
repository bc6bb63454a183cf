"""Topics, navigation, site settings and footer endpoints, in both languages."""

import pytest

from guides.models import GuidePage, TopicPage
from home.models import SiteSettings, StandardPage

from .helpers import get_json

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("code", ["nl", "en"])
def test_topics_with_guide_counts(client, code):
    data = get_json(client, "/api/v2/topics/", locale=code)
    topics = TopicPage.objects.live().filter(locale__language_code=code)
    assert data["locale"] == code and data["meta"]["total_count"] == topics.count()
    for item in data["items"]:
        topic = topics.get(id=item["id"])
        assert item["guide_count"] == GuidePage.objects.live().filter(topic=topic).count()
        assert item["slug"] == topic.slug and item["name"] == topic.title
        assert item["url"].startswith("http")
        assert item["image"] is None or {"url", "width", "height", "alt"} <= set(item["image"])


def test_topics_default_to_dutch(client):
    assert get_json(client, "/api/v2/topics/")["locale"] == "nl"


@pytest.mark.parametrize("code,prefix", [("nl", "/"), ("en", "/en/")])
def test_navigation(client, code, prefix):
    page = StandardPage.objects.get(slug="over-ons", locale__language_code="nl")
    page.show_in_menus = True
    page.save()
    data = get_json(client, "/api/v2/navigation/", locale=code)
    assert data["home"]["url"] == prefix
    assert all(topic["url"].startswith(prefix) for topic in data["topics"])
    assert (
        len(data["topics"]) == TopicPage.objects.live().filter(locale__language_code=code).count()
    )
    if code == "nl":
        assert {"id": page.id, "title": page.title, "url": "/over-ons/"} in data["menu"]


def test_site_settings_and_footer_in_both_languages(client):
    settings = SiteSettings.load()
    settings.contact_email = "info@example.org"
    settings.funding_statement = "Gefinancierd door het ministerie."
    settings.funding_statement_en = "Funded by the ministry."
    settings.linkedin_url = "https://www.linkedin.com/company/kennispunt"
    settings.save()
    nl = get_json(client, "/api/v2/site-settings/", locale="nl")
    en = get_json(client, "/api/v2/site-settings/", locale="en")
    assert nl["contact"]["email"] == "info@example.org"
    assert nl["funding_statement"] == "Gefinancierd door het ministerie."
    assert en["funding_statement"] == "Funded by the ministry."
    assert {"name": "LinkedIn", "url": settings.linkedin_url} in nl["social"]
    footer_nl = get_json(client, "/api/v2/footer/", locale="nl")
    footer_en = get_json(client, "/api/v2/footer/", locale="en")
    assert "politiek neutraal" in footer_nl["about"]
    assert footer_en["about"] != footer_nl["about"]
    assert footer_en["funding_statement"] == "Funded by the ministry."


@pytest.mark.parametrize("endpoint", ["topics", "navigation", "site-settings", "footer"])
@pytest.mark.parametrize("params", [{"locale": "fr"}, {"onbekend": "1"}])
def test_bad_parameters_are_400_json(client, endpoint, params):
    response = client.get(f"/api/v2/{endpoint}/", params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    data = response.json()
    assert data["status"] == 400 and data["detail"]
    assert [error["parameter"] for error in data["errors"]] == list(params)


@pytest.mark.parametrize("endpoint", ["topics", "navigation", "site-settings", "footer"])
def test_read_only(client, endpoint):
    assert client.post(f"/api/v2/{endpoint}/").status_code == 405
