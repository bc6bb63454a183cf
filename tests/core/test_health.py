"""/healthz and /readyz: never cached; the database and the cache decide readiness, search not."""

import socket

import pytest

from search.conf import search_backends


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def assert_never_cached(response):
    assert "no-store" in response.headers["Cache-Control"]


@pytest.mark.django_db
def test_healthz_answers_without_touching_anything(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert_never_cached(response)


@pytest.mark.django_db
def test_readyz_is_ok_when_everything_answers(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"]["database"] == "ok"
    assert response.json()["checks"]["cache"] == "ok"
    assert_never_cached(response)


@pytest.mark.django_db
def test_a_search_node_down_is_ready_but_degraded(client, settings):
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        f"http://127.0.0.1:{closed_port()}", timeout=1
    )
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["checks"]["search"] == "failing"


@pytest.mark.django_db
def test_a_cache_down_is_not_ready(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
        }
    }
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert (body["checks"]["database"], body["checks"]["cache"]) == ("ok", "failing")
