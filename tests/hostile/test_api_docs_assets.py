"""/api/v3/docs/ loads Swagger UI from the site's own static files (Django Ninja ships them),
not from a public CDN: blank offline otherwise, and every reader's browser called a third
party."""

from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.contrib.staticfiles.views import serve
from django.test import RequestFactory

pytestmark = pytest.mark.django_db


class References(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        self.urls += [value for name, value in attrs if name in ("src", "href") and value]


def references(html):
    parser = References()
    parser.feed(html)
    return parser.urls


def test_the_docs_page_references_only_same_origin_urls(client):
    response = client.get("/api/v3/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    urls = references(html)
    assert any(url.endswith("swagger-ui-bundle.js") for url in urls), urls
    for url in urls:
        assert url.startswith("/") and not url.startswith("//"), url
    assert "cdn." not in html and "https://" not in html


def test_the_swagger_ui_assets_are_served(client):
    urls = references(client.get("/api/v3/docs/").content.decode())
    assets = [url for url in urls if url.startswith(settings.STATIC_URL)]
    assert len(assets) >= 3, urls
    for url in assets:
        path = url.removeprefix(settings.STATIC_URL)
        response = serve(RequestFactory().get(url), path, insecure=True)
        assert response.status_code == 200, url
        assert b"".join(response.streaming_content), url
