"""Anonymous API use is limited per client: 429 with Retry-After, configurable."""

from types import SimpleNamespace

import pytest
from django.core.cache import cache

pytestmark = pytest.mark.django_db

URLS = ["/api/v2/pages/", "/api/v2/topics/", "/api/v3/pages/", "/api/search/"]


# Mid-window, so a test's requests never straddle the start of a new minute (a new count).
FIXED_NOW = 1_800_000_030.0


@pytest.fixture
def limit(settings, monkeypatch):
    monkeypatch.setattr("ratelimits.middleware.time", SimpleNamespace(time=lambda: FIXED_NOW))
    cache.clear()
    settings.API_RATE_LIMIT = 3
    yield 3
    cache.clear()


@pytest.mark.parametrize("url", URLS)
def test_anonymous_clients_get_429_with_retry_after(client, limit, url):
    statuses = [client.get(url).status_code for _ in range(limit)]
    assert 429 not in statuses, statuses
    response = client.get(url)
    assert response.status_code == 429
    assert int(response["Retry-After"]) == 30
    assert response.json()
    assert "public" not in response.get("Cache-Control", "")


def test_clients_are_counted_apart(client, limit):
    for _ in range(limit + 1):
        client.get("/api/v3/pages/", REMOTE_ADDR="10.0.0.1")
    assert client.get("/api/v3/pages/", REMOTE_ADDR="10.0.0.2").status_code == 200


def test_logged_in_users_and_html_are_not_limited(admin_client, client, limit):
    for _ in range(limit + 2):
        assert admin_client.get("/api/v3/pages/").status_code == 200
        assert client.get("/").status_code == 200


def test_zero_switches_the_limit_off(client, settings):
    settings.API_RATE_LIMIT = 0
    assert all(client.get("/api/v3/pages/").status_code == 200 for _ in range(10))


@pytest.mark.parametrize("url", ["/api/v2/pages/", "/api/v3/pages/", "/api/search/?q=fusie"])
def test_answers_from_the_response_cache_are_limited_too(client, limit, settings, url):
    settings.API_RESPONSE_CACHE = True
    answers = [client.get(url) for _ in range(limit)]
    assert [answer["X-Cache"] for answer in answers] == ["miss", "hit", "hit"]
    over = client.get(url)
    assert over.status_code == 429 and "X-Cache" not in over
    other_client = client.get(url, REMOTE_ADDR="10.0.0.9")
    assert other_client.status_code == 200 and other_client["X-Cache"] == "hit"
