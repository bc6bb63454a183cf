"""Settings come from the environment; a wrong value stops start-up with the variable's name."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from cms.settings import env
from search.conf import search_backends

PROJECT_DIR = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("name", "value", "reader"),
    [
        ("DATABASE_URL", "mysql://u:p@localhost/db", lambda: env.env_database("DATABASE_URL", "")),
        ("DATABASE_URL", "not a url", lambda: env.env_database("DATABASE_URL", "")),
        (
            "SEARCH_URL",
            "ftp://search",
            lambda: env.env_url("SEARCH_URL", schemes=("http", "https")),
        ),
        ("SEARCH_URL", "http://", lambda: env.env_url("SEARCH_URL", schemes=("http", "https"))),
        ("SEARCH_URL", "http://host:port", lambda: env.env_url("SEARCH_URL", schemes=("http",))),
        (
            "SEARCH_URL",
            "http://a:9201,b:9202",
            lambda: env.env_urls("SEARCH_URL", schemes=("http", "https")),
        ),
        ("SEARCH_INDEX_REPLICAS", "-1", lambda: env.env_int("SEARCH_INDEX_REPLICAS", 0, minimum=0)),
        ("REDIS_URL", "localhost:6379", lambda: env.env_url("REDIS_URL", schemes=("redis",))),
        ("CORS_ALLOWED_ORIGINS", "localhost:3000", lambda: env.env_origins("CORS_ALLOWED_ORIGINS")),
        (
            "CORS_ALLOWED_ORIGINS",
            "https://a.nl/path",
            lambda: env.env_origins("CORS_ALLOWED_ORIGINS"),
        ),
        ("DEBUG", "maybe", lambda: env.env_bool("DEBUG")),
        ("SEARCH_TIMEOUT", "soon", lambda: env.env_int("SEARCH_TIMEOUT", 5)),
    ],
)
def test_a_bad_value_is_rejected_naming_the_variable(monkeypatch, name, value, reader):
    monkeypatch.setenv(name, value)
    with pytest.raises(ImproperlyConfigured, match=name):
        reader()


def test_good_values_are_read(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://u:p@db.example:5433/kennispunt")
    monkeypatch.setenv("CORS_ALLOWED_ORIGINS", "https://app.example.nl/, http://localhost:3000")
    monkeypatch.setenv("ALLOWED_HOSTS", "a.nl, b.nl")
    database = env.env_database("DATABASE_URL", "")
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["HOST"], database["PORT"], database["NAME"]) == (
        "db.example",
        5433,
        "kennispunt",
    )
    assert env.env_origins("CORS_ALLOWED_ORIGINS") == [
        "https://app.example.nl",
        "http://localhost:3000",
    ]
    assert env.env_list("ALLOWED_HOSTS") == ["a.nl", "b.nl"]
    monkeypatch.setenv("SEARCH_URL", "http://127.0.0.1:9201, http://127.0.0.1:9202,")
    urls = env.env_urls("SEARCH_URL", schemes=("http", "https"))
    assert urls == "http://127.0.0.1:9201,http://127.0.0.1:9202"


def test_search_url_selects_the_backend():
    assert search_backends(None)["default"]["BACKEND"] == "wagtail.search.backends.database"
    opensearch = search_backends("https://user:secret@search.example:9201")["default"]
    # Wagtail's opensearch2 backend, subclassed for Dutch/English fields and opensearch-py 3.
    from django.utils.module_loading import import_string
    from wagtail.search.backends.opensearch2 import OpenSearch2SearchBackend

    assert issubclass(import_string(opensearch["BACKEND"]), OpenSearch2SearchBackend)
    host = opensearch["HOSTS"][0]
    assert (host["host"], host["port"], host["use_ssl"]) == ("search.example", 9201, True)
    assert host["http_auth"] == ("user", "secret")


def run_django_setup(settings_module, **environment):
    clean_env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DATABASE_URL"}}
    clean_env.update(DJANGO_SETTINGS_MODULE=settings_module, **environment)
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=PROJECT_DIR,
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_django_setup("cms.settings.production")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_starts_with_its_documented_environment():
    from tests.test_production_settings import PRODUCTION_ENVIRONMENT

    result = run_django_setup("cms.settings.production", **PRODUCTION_ENVIRONMENT)
    assert result.returncode == 0, result.stderr


def test_a_wrong_database_url_stops_start_up():
    result = run_django_setup("cms.settings.dev", DATABASE_URL="oracle://x/y")
    assert result.returncode != 0
    assert "DATABASE_URL" in result.stderr


def test_dev_allows_the_decoupled_app_on_localhost_3000(settings):
    from cms.settings import dev

    assert dev.CORS_ALLOWED_ORIGINS == ["http://localhost:3000"]
    assert "wagtail.search.backends" in settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]
