"""Redis stopped (a port nobody listens on, with the production cache settings): the site keeps
serving uncached; the API and search page limits let requests through (fail open), guessing a
page's password is refused with a 503 (fail closed); /readyz is 503 (cache failing)."""

import socket

import pytest
from django.test import Client

from ratelimits.counters import over_limit

pytestmark = pytest.mark.django_db


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def redis_down(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    settings.API_RESPONSE_CACHE = settings.RENDER_FRAGMENT_CACHE = True
    settings.API_RATE_LIMIT = settings.SEARCH_PAGE_RATE_LIMIT = 2
    settings.PAGE_PASSWORD_RATE_LIMIT = 2


@pytest.fixture
def reader():
    return Client(raise_request_exception=False)


@pytest.mark.parametrize("url", ["/", "/en/", "/zoeken/?q=leden", "/api/v2/pages/"])
def test_pages_and_the_api_are_served_uncached_and_not_limited(redis_down, reader, url):
    responses = [reader.get(url) for _ in range(4)]  # twice the limit
    assert [response.status_code for response in responses] == [200] * 4
    assert {response["X-Cache"] for response in responses} == {"miss"}


def test_api_v3_is_served(redis_down, reader):
    assert reader.get("/api/v3/pages/").status_code == 200


def test_a_page_password_cannot_be_tried(redis_down, reader):
    response = reader.post("/_util/authenticate_with_password/1/2/", {"password": "guess"})
    assert response.status_code == 503
    assert response["Retry-After"] == "10"


def test_an_apps_own_limit_lets_the_request_through(redis_down):
    assert [over_limit("helpdesk:client:10.0.0.1", 1) for _ in range(3)] == [0, 0, 0]


def test_readyz_is_503_with_the_cache_failing(redis_down, reader):
    response = reader.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "ok", "cache": "failing", "search": "ok"}
