"""Dutch at /, English under /en/, a language switcher, hreflang and <html lang>."""

import re

import pytest
from wagtail.models import Locale

from guides.factories import GuidePageFactory
from guides.models import GuidePage, TopicPage

pytestmark = pytest.mark.django_db

NL_GUIDE = "/gidsen/ledenwerving/wervingsplan/"
EN_GUIDE = "/en/guides/membership-recruitment/plan/"


def switcher(html):
    match = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S)
    assert match, "no language switcher"
    return re.sub(r"\s+", " ", match.group(0))


def alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def test_dutch_without_prefix_english_under_en(client):
    html = get(client, "/")
    assert '<html lang="nl">' in html
    assert "Kennispunt Lokale Politieke Partijen" in html
    html = get(client, "/en/")
    assert '<html lang="en">' in html
    assert "Knowledge Centre for Local Political Parties" in html


def test_switcher_links_to_the_same_page_in_the_other_language(client):
    nav = switcher(get(client, NL_GUIDE))
    assert f'<a href="{EN_GUIDE}" hreflang="en" rel="alternate">English</a>' in nav
    nav = switcher(get(client, EN_GUIDE))
    assert f'<a href="{NL_GUIDE}" hreflang="nl" rel="alternate">Nederlands</a>' in nav


@pytest.mark.parametrize("url", ["/", "/en/", "/gidsen/", "/en/guides/", "/over-ons/", EN_GUIDE])
def test_every_page_has_a_switcher_and_hreflang_alternates(client, url):
    html = get(client, url)
    switcher(html)
    links = alternates(html)
    assert set(links) == {"nl", "en", "x-default"}
    assert links["x-default"] == links["nl"]
    assert links["en"].startswith("http://testserver/en/")
    assert not links["nl"].startswith("http://testserver/en/")


def test_english_pages_use_english_interface_strings(client):
    html = get(client, EN_GUIDE)
    assert '<html lang="en">' in html
    for text in ("Skip to content", "In this guide", "Search the guides", "minutes read"):
        assert text in html
    for text in ("Direct naar de inhoud", "In deze gids", "Zoek in de gidsen", "minuten lezen"):
        assert text not in html
    html = get(client, NL_GUIDE)
    assert "Direct naar de inhoud" in html and "In deze gids" in html


def test_english_navigation_lists_english_topics(client):
    html = get(client, "/en/")
    assert 'href="/en/guides/membership-recruitment/"' in html
    assert 'href="/gidsen/ledenwerving/"' not in html


@pytest.fixture
def untranslated_guide(topic):
    guide = GuidePageFactory(
        parent=topic, slug="alleen-nederlands", title="Alleen in het Nederlands"
    )
    guide.save_revision().publish()
    return guide


def test_untranslated_page_says_so_and_links_to_the_english_home(client, untranslated_guide):
    html = get(client, untranslated_guide.url)
    nav = switcher(html)
    assert "This page is not available in English." in nav
    assert '<a href="/en/" hreflang="en">Go to the English home page</a>' in nav
    assert alternates(html) == {}


def test_untranslated_page_under_en_is_a_404(client, untranslated_guide):
    html = get(client, "/en/guides/membership-recruitment/alleen-nederlands/", status=404)
    assert '<html lang="en">' in html
    assert "This page does not exist (any more)" in html
    assert '<a href="/en/">Go to the home page</a>' in html
    assert not GuidePage.objects.filter(
        translation_key=untranslated_guide.translation_key, locale__language_code="en"
    ).exists()


@pytest.mark.parametrize(
    "url", ["/de/gidsen/", "/fr/", "/xx/over-ons/", "/en/gidsen-bestaat-niet/"]
)
def test_unknown_language_prefix_or_page_is_a_404_page(client, url):
    html = get(client, url, status=404)
    assert "<h1>" in html
    switcher(html)


def test_topic_of_english_guide_is_linked_as_current_in_english_nav(client):
    topic = TopicPage.objects.get(slug="membership-recruitment")
    assert topic.locale == Locale.objects.get(language_code="en")
    html = get(client, EN_GUIDE)
    assert 'href="/en/guides/membership-recruitment/" aria-current="true"' in html


def test_search_page_switcher_keeps_the_query(client):
    nav = switcher(get(client, "/zoeken/?q=leden"))
    assert 'href="/en/search/?q=leden"' in nav
    html = get(client, "/en/search/?q=members")
    assert '<html lang="en">' in html
    assert 'href="/zoeken/?q=members"' in switcher(html)
