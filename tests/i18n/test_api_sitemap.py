"""API: ?locale=, the locale in meta, links between translations; the sitemap's alternates."""

import re

import pytest
from wagtail.models import Locale, Page

from guides.factories import GuidePageFactory
from guides.models import GuidePage

pytestmark = pytest.mark.django_db

GUIDES = "/api/v2/pages/?type=guides.GuidePage&limit=100&fields=translations"


def test_locale_parameter_limits_the_list_to_one_language(client):
    for code in ("nl", "en"):
        data = client.get(f"{GUIDES}&locale={code}").json()
        assert data["meta"]["total_count"] == 3
        assert {item["meta"]["locale"] for item in data["items"]} == {code}


@pytest.mark.parametrize("code", ["de", "xx", "EN", ""])
def test_unknown_locale_is_a_400_with_a_message(client, code):
    response = client.get(f"/api/v2/pages/?locale={code}")
    assert response.status_code == 400
    assert f"unknown locale '{code}'" in response.json()["message"]


def test_items_link_to_their_translations(client, demo_guide):
    english = demo_guide.get_translation(Locale.objects.get(language_code="en"))
    data = client.get(f"/api/v2/pages/{english.id}/").json()
    assert data["meta"]["locale"] == "en"
    assert data["translations"] == [
        {"locale": "nl", "id": demo_guide.id, "url": "http://testserver" + demo_guide.url}
    ]
    data = client.get(f"{GUIDES}&locale=nl&slug=wervingsplan").json()
    assert data["items"][0]["translations"] == [
        {"locale": "en", "id": english.id, "url": "http://testserver" + english.url}
    ]


def test_untranslated_page_has_no_translations_and_is_not_listed_in_english(client, topic):
    guide = GuidePageFactory(parent=topic, slug="alleen-nederlands")
    guide.save_revision().publish()
    data = client.get(f"/api/v2/pages/{guide.id}/").json()
    assert data["translations"] == []
    ids = [item["id"] for item in client.get(f"{GUIDES}&locale=en").json()["items"]]
    assert guide.id not in ids


def test_sitemap_lists_both_languages_with_alternates(client):
    xml = client.get("/sitemap.xml").content.decode()
    urls = re.findall(r"<url>(.*?)</url>", xml, re.S)
    live = Page.objects.live().filter(depth__gt=1)
    assert len(urls) == live.count() == 18
    dutch = GuidePage.objects.get(slug="wervingsplan")
    english = dutch.get_translation(Locale.objects.get(language_code="en"))
    for location in (dutch.full_url, english.full_url):
        (entry,) = [u for u in urls if f"<loc>{location}</loc>" in u]
        links = dict(re.findall(r'hreflang="([^"]+)" href="([^"]+)"', entry))
        assert links == {"nl": dutch.full_url, "en": english.full_url, "x-default": dutch.full_url}
