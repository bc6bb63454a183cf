"""The front of the response cache (caching/front.py): the hits it answers itself are the
hits Django would have answered, byte for byte and header for header; what needs a
middleware (CORS per origin, 304, a rate limit, a session) still goes to Django."""

from urllib.parse import unquote_to_bytes

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import RequestFactory

from caching.front import ResponseCacheFront
from core.request_id import request_id_of

from .test_response_cache import HTML_GUIDE, public_urls

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("response_cache")]


@pytest.fixture(autouse=True)
def connection_kept_for_the_test():
    """Django's handler closes the database connection around each request, which would end
    the test's transaction (PostgreSQL); Django's test client leaves it open the same way."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def wsgi_get(application, path, **headers):
    """A GET through a WSGI application as gunicorn makes it: (status, headers, body)."""
    environ = dict(RequestFactory().get("/", **headers).environ)
    path_info, _, query = path.partition("?")
    environ["PATH_INFO"] = unquote_to_bytes(path_info).decode("iso-8859-1")  # as WSGI has it
    environ["QUERY_STRING"] = query
    answer = {}

    def start_response(status, response_headers, exc_info=None):
        answer["status"], answer["headers"] = status, dict(response_headers)

    chunks = application(environ, start_response)
    body = b"".join(chunks)
    if hasattr(chunks, "close"):
        chunks.close()
    return answer["status"], answer["headers"], body


def test_the_front_answers_a_hit_as_django_does(demo_guide, settings):
    django_application = WSGIHandler()
    application = ResponseCacheFront(django_application)
    for url in public_urls(demo_guide):
        miss = wsgi_get(application, url)
        from_django = wsgi_get(django_application, url)  # a hit through the middleware
        from_front = wsgi_get(application, url)
        assert miss[1]["X-Cache"] == "miss" and from_django[1]["X-Cache"] == "hit", url
        assert from_front == from_django, url
        assert application.answer(RequestFactory().get(url).environ) is not None, url
        for name in ("ETag", "Cache-Control", "Content-Security-Policy", "Referrer-Policy"):
            assert from_front[1][name], (url, name)
    api = wsgi_get(application, f"/api/v2/pages/{demo_guide.id}/")
    assert "origin" in api[1]["Vary"].lower()


def test_hits_carry_a_request_id_where_djangos_answers_do(demo_guide):
    application = ResponseCacheFront(WSGIHandler(), request_id=request_id_of)
    wsgi_get(application, HTML_GUIDE)
    _status, headers, _body = wsgi_get(application, HTML_GUIDE, HTTP_X_REQUEST_ID="nginx-1234abcd")
    assert headers["X-Cache"] == "hit" and headers["X-Request-ID"] == "nginx-1234abcd"
    _status, headers, _body = wsgi_get(application, HTML_GUIDE, HTTP_X_REQUEST_ID="bad id")
    assert len(headers["X-Request-ID"]) == 32


def test_eligible_hits_never_reach_django(client, demo_guide):
    for url in [*public_urls(demo_guide), "/zoeken/?q=leden"]:
        client.get(url)
        response = client.get(url)
        assert response["X-Cache"] == "hit" and getattr(response, "answered_in_front", False), url


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "http://localhost:3000"},
        {"HTTP_IF_NONE_MATCH": '"x"'},
        {"HTTP_IF_MODIFIED_SINCE": "Wed, 21 Oct 2015 07:28:00 GMT"},
    ],
    ids=["origin", "if-none-match", "if-modified-since"],
)
def test_hits_that_need_a_middleware_are_answered_by_django(client, demo_guide, headers):
    url = f"/api/v2/pages/{demo_guide.id}/"
    client.get(url, **headers)
    response = client.get(url, **headers)
    assert response["X-Cache"] == "hit" and not hasattr(response, "answered_in_front")
    if "HTTP_ORIGIN" in headers:
        assert response["Access-Control-Allow-Origin"] == "http://localhost:3000"


def test_a_rate_limited_url_is_counted_by_django(client, demo_guide, settings):
    settings.API_RATE_LIMIT = 1000
    url = f"/api/v2/pages/{demo_guide.id}/"
    client.get(url)
    response = client.get(url)
    assert response["X-Cache"] == "hit" and not hasattr(response, "answered_in_front")
    html = client.get(HTML_GUIDE) and client.get(HTML_GUIDE)
    assert getattr(html, "answered_in_front", False)  # the API limit does not count pages


@pytest.mark.parametrize(
    "path", ["/api/v3/documents/%C3%AE%F3%8C%81%99g/", "/gidsen/%F3%8C%81%99/", "/%FF%FE/"]
)
def test_a_path_outside_latin_1_is_answered_as_without_the_front(path):
    """Found by schemathesis on the whole stack: the front must leave the WSGI environ as the
    server made it."""
    django_application = WSGIHandler()
    status, _headers, body = wsgi_get(ResponseCacheFront(django_application), path)
    assert status.startswith("4"), status
    assert (status, body) == wsgi_get(django_application, path)[::2]


def test_the_front_reads_once_for_a_miss(demo_guide, monkeypatch):
    from caching import response_cache

    reads = []
    real_read = response_cache.read_entry
    monkeypatch.setattr(
        response_cache, "read_entry", lambda *args: reads.append(1) or real_read(*args)
    )
    _status, headers, _body = wsgi_get(ResponseCacheFront(WSGIHandler()), HTML_GUIDE)
    assert headers["X-Cache"] == "miss" and len(reads) == 1
