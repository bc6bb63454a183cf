import pytest
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from guides.factories import GuidePageFactory
from guides.models import GuideIndexPage, GuidePage, GuideRelatedLink, TopicPage
from tests.html import assert_accessible_page, parse

pytestmark = pytest.mark.django_db


def every_block_body():
    image = get_image_model().objects.first()
    document = get_document_model().objects.first()
    return [
        {"type": "heading", "value": {"text": "Eerste deel", "level": "h2"}},
        {"type": "paragraph", "value": "<p>Gewone tekst met <b>nadruk</b>.</p>"},
        {"type": "heading", "value": {"text": "Tweede deel", "level": "h2"}},
        {
            "type": "image",
            "value": {"image": image.id, "alt_text": "Een ledenvergadering", "caption": "ALV"},
        },
        {
            "type": "steps",
            "value": {
                "title": "Stappen",
                "steps": [{"title": "Stap een", "text": "<p>Doe dit.</p>"}],
            },
        },
        {"type": "checklist", "value": {"title": "Lijst", "items": ["Agenda", "Notulen"]}},
        {
            "type": "callout",
            "value": {"kind": "warning", "title": "Let op", "text": "<p>Termijn!</p>"},
        },
        {
            "type": "quote",
            "value": {
                "quote": "Het werkte.",
                "name": "Anna",
                "role": "voorzitter",
                "party": "Lokaal Belang",
            },
        },
        {
            "type": "faq",
            "value": {
                "title": "Vragen",
                "items": [{"question": "Waarom?", "answer": "<p>Daarom.</p>"}],
            },
        },
        {
            "type": "document",
            "value": {"document": document.id, "title": "Model", "description": "Om te downloaden"},
        },
        {
            "type": "table",
            "value": {
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": "Tijdlijn",
                "data": [["Wanneer", "Wat"], ["Week 1", "Start"]],
            },
        },
    ]


def test_home_page_lists_the_topics(client):
    soup = assert_accessible_page(client.get("/"))
    topic_links = {a.get_text(strip=True) for a in soup.select(".card-grid h3 a")}
    assert {"Ledenwerving", "Fusie"} <= topic_links


def test_guide_index_lists_topics_with_guide_counts(client):
    index = GuideIndexPage.objects.get(locale__language_code="nl")
    response = client.get(index.url)
    soup = assert_accessible_page(response)
    assert index.url == "/gidsen/"
    cards = soup.select(".card")
    assert len(cards) >= 2
    assert any("2 gidsen" in card.get_text() for card in cards)


def test_topic_page_lists_its_guides_only(client, topic):
    soup = assert_accessible_page(client.get(topic.url))
    listed = {a.get_text(strip=True) for a in soup.select(".card h3 a")}
    expected = {guide.title for guide in GuidePage.objects.live().filter(topic=topic)}
    assert listed == expected and expected


def test_guide_page_renders_every_block_with_toc_and_breadcrumbs(client, topic):
    guide = GuidePageFactory(parent=topic, title="Alles in één gids", body=every_block_body())
    response = client.get(guide.url)
    soup = assert_accessible_page(response)
    assert soup.h1.get_text(strip=True) == "Alles in één gids"
    crumbs = [a.get_text(strip=True) for a in soup.select(".breadcrumbs a")]
    assert crumbs == ["Kennispunt Lokale Politieke Partijen", "Gidsen", "Ledenwerving"]
    toc = [a["href"] for a in soup.select(".toc a")]
    assert len(toc) == 2 and all(soup.select_one(href) for href in toc)
    assert soup.find("img", alt="Een ledenvergadering")
    assert soup.select_one(".block-steps li") and soup.select_one(".block-checklist li")
    assert soup.select_one(".callout-warning") and soup.select_one(".block-quote blockquote")
    assert soup.select_one(".block-faq details summary").get_text() == "Waarom?"
    assert soup.select_one(".block-document a[download]")["href"].startswith("/documents/")
    table = soup.select_one(".block-table table")
    assert table.caption.get_text() == "Tijdlijn" and table.select("thead th")


def test_guide_page_shows_related_guides(client, demo_guide):
    related = demo_guide.related_guides
    assert related
    soup = parse(client.get(demo_guide.url))
    shown = {a.get_text(strip=True) for a in soup.select(".related h3 a")}
    assert shown == {guide.title for guide in related}


def test_guides_need_no_javascript(client, demo_guide):
    soup = parse(client.get(demo_guide.url))
    assert soup.find("script") is None


def test_unpublished_guide_is_not_found(client, topic):
    guide = GuidePageFactory(parent=topic, live=False)
    assert client.get(f"{topic.url}{guide.slug}/").status_code == 404


def test_missing_page_gets_the_custom_404(client):
    response = client.get("/gidsen/bestaat-niet/")
    assert response.status_code == 404
    soup = parse(response)
    assert "bestaat niet" in soup.h1.get_text()
    assert soup.find("form", role="search")


def test_topic_navigation_marks_the_current_topic(client, topic):
    soup = parse(client.get(topic.url))
    current = soup.select_one('.topic-nav a[aria-current="true"]')
    assert current is not None and current.get_text(strip=True) == topic.title


def test_topics_have_images_with_alt_text():
    for topic in TopicPage.objects.filter(locale__language_code="nl"):
        assert topic.image is not None
        assert topic.image.default_alt_text


# Site, route (2), view restrictions, translations, navigation, content, settings (issue 11).
MAX_PAGE_QUERIES = 12


def count_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm caches (site root paths, renditions)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url_of", [lambda topic: "/", lambda topic: "/gidsen/", lambda t: t.url])
def test_listing_pages_use_a_constant_number_of_queries(client, topic, url_of):
    from guides.factories import TopicPageFactory

    url = url_of(topic)
    before = count_queries(client, url)
    assert before <= MAX_PAGE_QUERIES
    index = topic.get_parent()
    image = topic.image
    for number in range(3):
        extra = TopicPageFactory(parent=index, title=f"Extra onderwerp {number}", image=image)
        GuidePageFactory(parent=extra)
        GuidePageFactory(parent=topic)
    assert count_queries(client, url) == before


def test_a_guide_page_uses_a_constant_number_of_queries(client, topic):
    guide = GuidePageFactory(parent=topic)
    for _ in range(2):
        GuideRelatedLink.objects.create(page=guide, guide=GuidePageFactory(parent=topic))
    before = count_queries(client, guide.url)
    assert before <= MAX_PAGE_QUERIES
    for _ in range(6):
        GuideRelatedLink.objects.create(page=guide, guide=GuidePageFactory(parent=topic))
    assert count_queries(client, guide.url) == before
