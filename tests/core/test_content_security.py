"""The Content Security Policy: strict on public pages (the site's own scripts and styles only,
no inline code, no plugins, no framing by others), relaxed for inline code in the Wagtail
admin only, and on a response-cache hit as on the answer it was stored from."""

import pytest
from django.core.cache import caches

from caching.response_cache import SETTLING_KEY, bump_generation

pytestmark = pytest.mark.django_db

GUIDE = "/gidsen/ledenwerving/wervingsplan/"


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


@pytest.mark.parametrize("path", ["/", GUIDE, "/en/", "/zoeken/?q=leden", "/account/login/"])
def test_public_pages_allow_only_the_sites_own_code(client, path):
    response = client.get(path)
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["base-uri"] == ["'self'"] and policy["form-action"] == ["'self'"]
    assert "https://www.youtube-nocookie.com" in policy["frame-src"]
    assert "unsafe" not in response["Content-Security-Policy"]


def test_public_templates_carry_no_inline_script_or_style(client):
    """What the policy would block: an executable inline <script> or a style attribute."""
    from tests.html import parse

    for path in ["/", GUIDE, "/en/", "/zoeken/?q=leden"]:
        page = parse(client.get(path))
        scripts = [
            s for s in page.find_all("script")
            if not s.get("src") and s.get("type") not in ("application/json", "application/ld+json")
        ]  # fmt: skip
        assert not scripts, (path, scripts)
        assert not page.select("[style]"), path
        assert not page.find_all("style"), path


def test_the_admin_allows_inline_code_from_its_own_origin_only(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'", "'unsafe-inline'", "'unsafe-eval'"]
    assert "'unsafe-inline'" in policy["style-src"]
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'self'"]
    assert "'unsafe-inline'" in directives(admin_client.get("/admin/login/"))["script-src"]
    # the "In de app" preview frames the decoupled front end (PREVIEW_CLIENT_URL)
    assert "http://localhost:3000" in policy["frame-src"]
    assert "https://player.vimeo.com" in policy["frame-src"]


def test_a_cache_hit_carries_the_policy(client, settings):
    settings.API_RESPONSE_CACHE = True
    settings.API_RESPONSE_CACHE_SETTLE = 0
    caches["default"].delete(SETTLING_KEY)
    bump_generation()
    try:
        miss = client.get(GUIDE)
        hit = client.get(GUIDE)
        assert miss["X-Cache"] == "miss" and hit["X-Cache"] == "hit"
        assert hit["Content-Security-Policy"] == miss["Content-Security-Policy"]
    finally:
        bump_generation()
