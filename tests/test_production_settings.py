"""Production starts only with its documented environment, and then passes the deploy checks."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

PROJECT_DIR = Path(__file__).resolve().parent.parent

# The environment deploy/kennispunt.env documents (with example values).
PRODUCTION_ENVIRONMENT = {
    "SECRET_KEY": "k" * 30 + "-production-secret-with-enough-entropy-0123456789",
    "DATABASE_URL": "postgres://kennispunt:secret@127.0.0.1:5432/kennispunt",
    "ALLOWED_HOSTS": "kennispunt.example.nl",
    "WAGTAILADMIN_BASE_URL": "https://kennispunt.example.nl",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "EMAIL_HOST": "smtp.example.nl",
}
REQUIRED = ["DATABASE_URL", "ALLOWED_HOSTS", "WAGTAILADMIN_BASE_URL", "SECRET_KEY", "REDIS_URL"]


def run_production(code, **environment):
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENVIRONMENT}
    clean.update(DJANGO_SETTINGS_MODULE="cms.settings.production", **environment)
    return subprocess.run(
        [sys.executable, *code],
        cwd=PROJECT_DIR,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("name", REQUIRED)
def test_production_refuses_to_start_without(name):
    environment = {k: v for k, v in PRODUCTION_ENVIRONMENT.items() if k != name}
    result = run_production(["-c", "import django; django.setup()"], **environment)
    assert result.returncode != 0
    assert f"{name} must be set" in result.stderr


def test_production_has_no_sqlite_fallback():
    environment = {**PRODUCTION_ENVIRONMENT, "DATABASE_URL": "sqlite:////tmp/kennispunt.db"}
    result = run_production(["-c", "import django; django.setup()"], **environment)
    assert result.returncode != 0
    assert "DATABASE_URL must be a postgres:// URL" in result.stderr


def test_the_deploy_checks_are_clean_with_the_documented_environment():
    result = run_production(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"], **PRODUCTION_ENVIRONMENT
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_serves_static_files_hashed_and_documents_through_wagtail():
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.STORAGES['staticfiles']['BACKEND']); print(s.WAGTAILDOCS_SERVE_METHOD); "
        "print(s.WHITENOISE_MAX_AGE); print('whitenoise.middleware.WhiteNoiseMiddleware' "
        "in s.MIDDLEWARE)"
    )
    result = run_production(["-c", code], **PRODUCTION_ENVIRONMENT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
        "serve_view",
        str(365 * 24 * 3600),
        "True",
    ]


def test_production_requires_two_factor_for_the_admin_unless_told_otherwise():
    code = "import django; django.setup(); from django.conf import settings as s; "
    code += "print(s.ADMIN_REQUIRE_TWO_FACTOR)"
    on = run_production(["-c", code], **PRODUCTION_ENVIRONMENT)
    off = run_production(["-c", code], **PRODUCTION_ENVIRONMENT, ADMIN_REQUIRE_TWO_FACTOR="false")
    assert (on.stdout.strip(), off.stdout.strip()) == ("True", "False"), on.stderr


def test_ensure_superuser_refuses_outside_development(settings, db):
    settings.SETTINGS_MODULE = "cms.settings.production"
    with pytest.raises(CommandError, match="only runs in development"):
        call_command("ensure_superuser")


def test_the_permissions_policy_is_sent(client, settings, db):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "core.middleware.PermissionsPolicyMiddleware"]
    settings.PERMISSIONS_POLICY = "camera=()"
    response = client.get("/health/")
    assert response.headers["Permissions-Policy"] == "camera=()"


def test_production_logs_json_lines_with_the_request_id():
    code = (
        "import django, json; django.setup(); from django.test import Client; "
        "from django.test.utils import setup_test_environment; setup_test_environment(); "
        "import logging; r = Client(HTTP_X_REQUEST_ID='abcdef123456').get('/healthz', "
        "secure=True, HTTP_HOST='kennispunt.example.nl'); print(r.headers['X-Request-ID']); "
        "from core.request_id import current_request_id; t = current_request_id.set('req-12345'); "
        "logging.getLogger('search').warning('hello')"
    )
    result = run_production(["-c", code], **PRODUCTION_ENVIRONMENT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["abcdef123456"]
    line = json.loads(result.stderr.strip().splitlines()[-1])
    assert (line["message"], line["request_id"], line["levelname"]) == (
        "hello",
        "req-12345",
        "WARNING",
    )


def test_sentry_starts_only_with_a_dsn():
    code = "import django; django.setup(); import sentry_sdk; print(sentry_sdk.is_initialized())"
    without = run_production(["-c", code], **PRODUCTION_ENVIRONMENT)
    with_dsn = run_production(
        ["-c", code], **PRODUCTION_ENVIRONMENT, SENTRY_DSN="https://key@127.0.0.1:9/1"
    )
    assert (without.stdout.strip(), with_dsn.stdout.strip()) == ("False", "True")
