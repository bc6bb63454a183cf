"""The decoupled app's journeys, played over HTTP against a running server: what a front-end
team relies on without ever seeing the code."""

import io

import pytest
import requests
from PIL import Image

pytestmark = pytest.mark.contract


@pytest.fixture(scope="module")
def api(app_server):
    session = requests.Session()
    session.headers["Origin"] = "http://localhost:3000"

    def get(path, status=200, **params):
        url = path if path.startswith("http") else app_server.base_url + path
        response = session.get(url, params=params, timeout=30)
        assert response.status_code == status, (url, params, response.text[:300])
        return response

    get.base_url = app_server.base_url
    return get


def guides_of(api, slug, locale):
    return api(
        "/api/v2/pages/", type="guides.GuidePage", topic=slug, locale=locale,
        fields="topic,summary", limit=100,
    ).json()  # fmt: skip


@pytest.mark.parametrize("locale", ["nl", "en"])
def test_topics_and_their_guides(api, locale):
    topics = api("/api/v2/topics/", locale=locale).json()["items"]
    assert len(topics) >= 7
    for topic in topics:
        guides = guides_of(api, topic["slug"], locale)
        assert guides["meta"]["total_count"] == topic["guide_count"], topic["slug"]
        assert all(item["topic"]["slug"] == topic["slug"] for item in guides["items"])
        assert all(item["meta"]["locale"] == locale for item in guides["items"])


def image_urls(value):
    """Every rendition URL anywhere in an API value, with its stated size."""
    if isinstance(value, dict):
        if {"url", "width", "height", "alt"} <= set(value):
            yield value["url"], value["width"], value["height"]
        for child in value.values():
            yield from image_urls(child)
    elif isinstance(value, list):
        for child in value:
            yield from image_urls(child)


def test_open_guides_with_every_image_document_and_related_guide(api):
    guides = api("/api/v2/pages/", type="guides.GuidePage", locale="nl", limit=100).json()
    images_checked = documents_checked = 0
    for item in guides["items"]:
        guide = api(f"/api/v2/pages/{item['id']}/").json()
        assert guide["body"] and guide["topic"] and guide["summary"]
        for url, width, height in set(image_urls(guide["body"])):
            response = api(url)
            assert response.headers["Content-Type"].startswith("image/")
            assert Image.open(io.BytesIO(response.content)).size == (width, height)
            images_checked += 1
        for block in guide["body"]:
            if block["type"] == "document":
                assert api(block["value"]["download_url"]).content
                documents_checked += 1
        for related in guide["related_guides"]:
            other = api(f"/api/v2/pages/{related['id']}/").json()
            assert other["title"] == related["title"] and other["topic"] == related["topic"]
            assert other["meta"]["locale"] == guide["meta"]["locale"]
    assert images_checked and documents_checked


def test_switch_locale_through_translations(api):
    guides = api("/api/v2/pages/", type="guides.GuidePage", locale="nl", fields="translations")
    translated = [item for item in guides.json()["items"] if item["translations"]]
    assert translated
    for item in translated:
        [english] = [link for link in item["translations"] if link["locale"] == "en"]
        page = api(f"/api/v2/pages/{english['id']}/").json()
        assert page["meta"]["locale"] == "en" and "/en/" in page["meta"]["html_url"]


def test_search(api):
    data = api("/api/v2/pages/", type="guides.GuidePage", search="wervingsplan").json()
    assert data["items"]
    assert any("werving" in item["meta"]["slug"] for item in data["items"])


@pytest.mark.parametrize("version", ["v2", "v3"])
def test_page_through_all_guides(api, version):
    size, offset, seen = 4, 0, []
    while True:
        data = api(f"/api/{version}/pages/", type="guides.GuidePage", limit=size, offset=offset)
        data = data.json()
        total = data["meta"]["total_count"] if version == "v2" else data["count"]
        seen += [item["id"] for item in data["items"]]
        offset += size
        if offset >= total:
            break
    assert len(seen) == len(set(seen)) == total >= 14


def test_site_wide_parts_in_both_languages(api):
    for endpoint in ("navigation", "site-settings", "footer"):
        nl = api(f"/api/v2/{endpoint}/", locale="nl").json()
        en = api(f"/api/v2/{endpoint}/", locale="en").json()
        assert nl["locale"] == "nl" and en["locale"] == "en"
    nav = api("/api/v2/navigation/", locale="en").json()
    assert nav["home"]["url"] == "/en/" and nav["topics"]


def test_repeat_requests_get_304(api, app_server):
    session = requests.Session()
    guide_id = api("/api/v2/pages/", type="guides.GuidePage", limit=1).json()["items"][0]["id"]
    for path in ("/", "/gidsen/", "/api/v2/topics/", f"/api/v2/pages/{guide_id}/",
                 f"/api/v3/pages/{guide_id}/", "/api/v3/openapi.json"):  # fmt: skip
        first = session.get(app_server.base_url + path, timeout=30)
        assert first.status_code == 200 and "public" in first.headers["Cache-Control"], path
        again = session.get(
            app_server.base_url + path, headers={"If-None-Match": first.headers["ETag"]}
        )
        assert again.status_code == 304, path


def test_preview_a_draft_with_a_token(api, app_server):
    """An editor previews unsaved changes "In de app"; the app fetches them with the token."""
    result = app_server.manage(
        "shell", "-c",
        "from guides.models import GuidePage\n"
        "page = GuidePage.objects.get(slug='wervingsplan', locale__language_code='nl')\n"
        "page.title = 'Concept: nieuw wervingsplan'\n"
        "preview = page.create_page_preview()\n"
        "print(page.id, page.get_content_type_str(), preview.token)",
    )  # fmt: skip
    page_id, content_type, token = result.stdout.strip().splitlines()[-1].split()
    data = api("/api/v2/preview/", content_type=content_type, token=token).json()
    assert data["title"] == "Concept: nieuw wervingsplan" and data["id"] == int(page_id)
    assert "Concept" not in api(f"/api/v2/pages/{page_id}/").json()["title"]
    assert "Concept" not in api(f"/api/v3/pages/{page_id}/").text
    assert api("/api/v2/preview/", 400, content_type=content_type, token=token + "x").json()


def test_cors_allows_the_app_to_read_only(app_server):
    origin = "http://localhost:3000"
    response = requests.get(
        app_server.base_url + "/api/v2/topics/", headers={"Origin": origin}, timeout=30
    )
    assert response.headers["Access-Control-Allow-Origin"] == origin
    preflight = requests.options(
        app_server.base_url + "/api/v3/pages/",
        headers={"Origin": origin, "Access-Control-Request-Method": "POST"},
        timeout=30,
    )
    allowed = preflight.headers.get("Access-Control-Allow-Methods", "")
    assert "POST" not in allowed and "GET" in allowed
    other = requests.get(
        app_server.base_url + "/api/v2/topics/",
        headers={"Origin": "https://elders.example"},
        timeout=30,
    )
    assert "Access-Control-Allow-Origin" not in other.headers


def test_anonymous_writes_are_refused(app_server):
    response = requests.post(app_server.base_url + "/api/v3/pages/", json={}, timeout=30)
    assert response.status_code in {401, 403, 405}
