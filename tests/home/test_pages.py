import pytest
from django.test import RequestFactory

from core.views import server_error
from home.models import SiteSettings, StandardPage
from tests.html import assert_accessible_page

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("slug", ["over-ons", "contact"])
def test_standard_pages_render(client, slug):
    page = StandardPage.objects.get(slug=slug, locale__language_code="nl")
    soup = assert_accessible_page(client.get(page.url))
    assert len(soup.select(".prose p")) >= 2


def test_footer_shows_contact_settings_and_funding(client):
    settings = SiteSettings.load()
    soup = assert_accessible_page(client.get("/"))
    footer = soup.find("footer").get_text()
    assert settings.contact_email in footer
    assert settings.funding_statement in footer
    assert "Binnenlandse Zaken" in settings.funding_statement


def test_server_error_page_is_plain_and_dutch():
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert b'lang="nl"' in response.content and b"Er ging iets mis" in response.content
