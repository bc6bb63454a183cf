"""/robots.txt and /favicon.ico: what crawlers and browsers ask every site for first."""

import io

import pytest
from PIL import Image

pytestmark = pytest.mark.django_db


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    disallowed = {line.removeprefix("Disallow: ") for line in lines if line.startswith("Disallow")}
    assert {"/admin/", "/django-admin/", "/api/", "/zoeken/", "/en/search/"} <= disallowed
    assert "/" not in disallowed and "" not in disallowed  # the pages themselves stay crawlable


def test_the_sitemap_robots_txt_names_exists(client):
    robots = client.get("/robots.txt").content.decode()
    sitemap_url = next(line for line in robots.splitlines() if line.startswith("Sitemap:"))
    sitemap = client.get(sitemap_url.removeprefix("Sitemap: http://testserver"))
    assert sitemap.status_code == 200 and b"<urlset" in sitemap.content


def test_robots_txt_is_cacheable_and_refuses_writes(client):
    assert "max-age=3600" in client.get("/robots.txt")["Cache-Control"]
    assert client.post("/robots.txt").status_code == 405


def test_favicon_is_a_real_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/vnd.microsoft.icon"
    assert "max-age=86400" in response["Cache-Control"]
    icon = Image.open(io.BytesIO(b"".join(response.streaming_content)))
    assert icon.format == "ICO"
    assert {(16, 16), (32, 32)} <= set(icon.info["sizes"])
