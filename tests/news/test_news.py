"""News: the archive per language, item pages, RSS and Atom feeds, the home page, the API."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from guides.models import TopicPage
from news.factories import NewsIndexPageFactory, NewsItemPageFactory
from tests.html import assert_accessible_page, parse
from tests.sections import home, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index():
    return NewsIndexPageFactory(parent=home("nl"))


@pytest.fixture
def items(news_index):
    topic = TopicPage.objects.filter(locale__language_code="nl").first()
    made = []
    for number in range(14):
        item = NewsItemPageFactory(
            parent=news_index,
            title=f"Bericht {number:02d}",
            date=datetime.date(2026, 11, 28) - datetime.timedelta(days=number),
        )
        item.topics.set([topic])
        item.save_revision().publish()
        made.append(item)
    return made


def test_archive_lists_the_newest_first_and_pages(client, news_index, items):
    soup = assert_accessible_page(client.get("/nieuws/"))
    titles = [a.get_text(strip=True) for a in soup.select(".card h3 a")]
    assert titles[:3] == ["Bericht 00", "Bericht 01", "Bericht 02"]
    assert len(titles) == 12
    second = parse(client.get("/nieuws/?pagina=2"))
    assert [a.get_text(strip=True) for a in second.select(".card h3 a")] == [
        "Bericht 12",
        "Bericht 13",
    ]
    assert client.get("/nieuws/?pagina=abc").status_code == 200


def test_item_page_shows_date_and_topics(client, items):
    soup = assert_accessible_page(client.get(items[0].url))
    assert soup.select_one("time")["datetime"] == "2026-11-28"
    topic = items[0].topics.first()
    assert topic.title in soup.select_one(".meta").get_text()


def test_rss_and_atom_feeds_list_the_items(client, news_index, items):
    rss = client.get("/nieuws/feed/")
    assert rss.status_code == 200 and "rss" in rss["Content-Type"]
    channel = ET.fromstring(rss.content).find("channel")
    assert channel.findtext("language") == "nl"
    entries = channel.findall("item")
    assert entries[0].findtext("title") == "Bericht 00"
    assert entries[0].findtext("link").endswith(items[0].url)
    atom = client.get("/nieuws/atom/")
    namespace = {"a": "http://www.w3.org/2005/Atom"}
    feed = ET.fromstring(atom.content)
    assert [
        e.findtext("a:title", namespaces=namespace) for e in feed.findall("a:entry", namespace)
    ][:2] == ["Bericht 00", "Bericht 01"]
    page = parse(client.get("/nieuws/"))
    assert page.find("link", type="application/rss+xml")["href"] == "/nieuws/feed/"


def test_home_page_shows_the_newest_items(client, items):
    soup = parse(client.get("/"))
    section = soup.find("section", attrs={"aria-labelledby": "news-heading"})
    assert section is not None
    assert [a.get_text(strip=True) for a in section.select(".card h3 a")] == [
        "Bericht 00",
        "Bericht 01",
        "Bericht 02",
    ]


def test_unpublished_items_stay_out_of_archive_feed_and_home(client, news_index, items):
    items[0].unpublish()
    for url in ("/nieuws/", "/nieuws/feed/", "/"):
        assert "Bericht 00" not in client.get(url).content.decode()


def test_english_item_shows_english_topics(client, news_index, items):
    english_index = translate(news_index, title="News", slug="news")
    english = translate(items[0], title="Message 00")
    assert english.url.startswith("/en/news/")
    topic_nl = items[0].topics.first()
    english_topic = topic_nl.get_translation_or_none(english.locale)
    soup = parse(client.get(english.url))
    if english_topic is not None:
        assert english_topic.title in soup.select_one(".meta").get_text()
    feed = ET.fromstring(client.get(english_index.url + "feed/").content).find("channel")
    assert feed.findtext("language") == "en"
    assert [item.findtext("title") for item in feed.findall("item")] == ["Message 00"]


def test_api_has_news_items_with_their_fields(client, items):
    response = client.get(
        "/api/v2/pages/", {"type": "news.NewsItemPage", "fields": "*", "order": "-date"}
    )
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["meta"]["total_count"] == 14
    first = data["items"][0]
    assert first["date"] == "2026-11-28"
    assert first["summary"] == items[0].summary
    assert first["localized_topics"][0]["slug"] == items[0].topics.first().slug
    v3 = client.get("/api/v3/pages/", {"type": "news.NewsItemPage"})
    assert v3.status_code == 200
    assert v3.json()["count"] == 14


def test_api_v2_news_by_topic(client, items):
    topic = items[0].topics.first()
    response = client.get("/api/v2/pages/", {"type": "news.NewsItemPage", "topic": topic.slug})
    assert response.status_code == 200
    expected = sum(1 for item in items if topic in item.topics.all())
    assert response.json()["meta"]["total_count"] == expected >= 1
