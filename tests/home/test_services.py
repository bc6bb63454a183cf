"""The home page names the site's services and links each to its section in the reader's
language; a section that is not there (yet) in that language is not promised."""

import pytest

from helpdesk.factories import HelpdeskPageFactory
from learningpaths.factories import LearningPathIndexPageFactory
from news.factories import NewsIndexPageFactory
from signpost.factories import SignpostPageFactory
from tests.html import assert_accessible_page
from tests.sections import home, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def sections():
    dutch = home("nl")
    signpost = SignpostPageFactory(parent=dutch)
    paths = LearningPathIndexPageFactory(parent=dutch, title="Leerlijnen", slug="leerlijnen")
    news = NewsIndexPageFactory(parent=dutch, title="Nieuws", slug="nieuws")
    HelpdeskPageFactory(parent=dutch)
    translate(signpost, title="Signpost", slug="signpost", intro="Where councillors start.")
    translate(paths, title="Learning paths", slug="learning-paths")
    translate(news, title="News", slug="news")


def assert_served(client, href, language):
    """The section answers in the reader's language (the forum asks visitors to log in: 403)."""
    response = client.get(href)
    assert response.status_code in (200, 403), href
    assert f'lang="{language}"' in response.content.decode(), href


def services(client, url, language):
    soup = assert_accessible_page(client.get(url), language)
    section = soup.find("section", attrs={"aria-labelledby": "services-heading"})
    return {a.get_text(strip=True): a["href"] for a in section.select("h3 a")}


def test_dutch_home_links_every_service_to_its_dutch_section(client, sections):
    found = services(client, "/", "nl")
    assert found == {
        "Wegwijzer": "/wegwijzer/",
        "Leerlijnen": "/leerlijnen/",
        "Nieuws": "/nieuws/",
        "Helpdesk": "/helpdesk/",
        "Ledenforum": "/forum/",
    }
    for href in found.values():
        assert_served(client, href, "nl")


def test_english_home_links_every_service_to_its_english_section(client, sections):
    found = services(client, "/en/", "en")
    # The helpdesk has no English page here, so the English home does not offer it.
    assert found == {
        "Signpost": "/en/signpost/",
        "Learning paths": "/en/learning-paths/",
        "News": "/en/news/",
        "Members' forum": "/en/forum/",
    }
    for href in found.values():
        assert_served(client, href, "en")
    assert "Where councillors start." in client.get("/en/").content.decode()
