"""A database that is unreachable (here: a SQLite file that cannot be opened, or a PostgreSQL
port nobody listens on) gives a 503 with Retry-After — a small page in the path's language, a
problem for the API, a 503 from /readyz — never the 500 page; the next request once it is back
is served again."""

import contextlib
import socket

import pytest
from django.db import OperationalError, connection
from django.test import Client, RequestFactory

from cms.errors import server_error


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def unreachable_database(folder):
    """The default connection points at a database that cannot be reached, until the end."""
    saved, settings_dict = connection.connection, connection.settings_dict
    original = dict(settings_dict)
    connection.connection = None  # an in-memory SQLite test database ignores close()
    if connection.vendor == "sqlite":
        settings_dict["NAME"] = str(folder / "missing" / "db.sqlite3")
    else:
        settings_dict.update(HOST="127.0.0.1", PORT=str(closed_port()))
    try:
        yield
    finally:
        if connection.connection is not None:
            connection.close()
        settings_dict.clear()
        settings_dict.update(original)
        connection.connection = saved


@pytest.fixture
def database_down(django_db_blocker, tmp_path):
    with django_db_blocker.unblock(), unreachable_database(tmp_path):
        yield


@pytest.fixture
def reader():
    return Client(raise_request_exception=False)


def test_a_page_is_a_dutch_503_page(database_down, reader):
    response = reader.get("/")
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert "no-store" in response["Cache-Control"]
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert "Even niet beschikbaar" in html
    assert "Traceback" not in html


def test_an_english_page_is_an_english_503_page(database_down, reader):
    response = reader.get("/en/")
    assert response.status_code == 503
    assert response["Content-Language"] == "en"
    assert "Temporarily unavailable" in response.content.decode()


def test_the_api_answers_a_503_problem(database_down, reader):
    response = reader.get("/api/v2/pages/?locale=en")
    assert response.status_code == 503
    assert response["Content-Type"] == "application/problem+json"
    assert response["Retry-After"] == "10"
    assert response.json() == {
        "type": "about:blank",
        "title": "Service unavailable",
        "status": 503,
        "detail": "The service is briefly unavailable; please try again in a few seconds.",
    }


def test_api_v3_answers_a_dutch_503_problem(database_down, reader):
    response = reader.get("/api/v3/pages/")
    assert response.status_code == 503
    assert response.json()["title"] == "Dienst niet beschikbaar"


def test_readyz_is_503_while_the_database_is_down(database_down, reader):
    response = reader.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["database"] == "failing"


def test_another_error_is_still_the_500_page():
    request = RequestFactory().get("/")
    try:
        raise ValueError("a bug, not an outage")
    except ValueError:
        response = server_error(request)
    assert response.status_code == 500
    assert "Retry-After" not in response


def test_an_outage_behind_another_exception_is_a_503():
    request = RequestFactory().get("/")
    try:
        try:
            raise OperationalError("connection refused")
        except OperationalError as error:
            raise RuntimeError("rendering failed") from error
    except RuntimeError:
        response = server_error(request)
    assert response.status_code == 503


def test_the_site_answers_again_once_the_database_is_back(django_db_blocker, reader, tmp_path):
    # Not a transactional test: its teardown would empty every table the later tests share.
    with django_db_blocker.unblock():
        with unreachable_database(tmp_path):
            assert reader.get("/readyz").status_code == 503
        assert reader.get("/readyz").status_code == 200
