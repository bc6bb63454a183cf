"""Reading configuration from environment variables.

Every reader raises ImproperlyConfigured naming the variable, so a wrong value stops the site at
start-up instead of surfacing later as an obscure error.
"""

import os
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured


def env_str(name, default=None, *, required=False):
    value = os.environ.get(name, "").strip()
    if value:
        return value
    if required:
        raise ImproperlyConfigured(f"{name} must be set.")
    return default


def env_bool(name, default=False):
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, got {value!r}.")


def env_int(name, default, *, minimum=None):
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, got {value!r}.") from None
    if minimum is not None and number < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}, got {number}.")
    return number


def env_list(name, default=()):
    value = os.environ.get(name)
    if value is None or not value.strip():
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def env_url(name, *, schemes, default=None):
    """An URL whose scheme is one of `schemes` and which names a host."""
    value = env_str(name, default)
    if value is None:
        return None
    return checked_url(name, value, schemes)


def env_urls(name, *, schemes, default=None):
    """One URL or several, comma-separated (the nodes of a cluster), each checked as env_url
    checks one; returned as one comma-separated string."""
    value = env_str(name, default)
    if value is None:
        return None
    urls = [checked_url(name, url.strip(), schemes) for url in value.split(",") if url.strip()]
    return ",".join(urls) or None


def checked_url(name, value, schemes):
    parts = urlsplit(value)
    if parts.scheme not in schemes or not parts.hostname:
        allowed = ", ".join(f"{scheme}://" for scheme in schemes)
        raise ImproperlyConfigured(f"{name} must be an URL starting with {allowed}, got {value!r}.")
    try:
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        raise ImproperlyConfigured(f"{name} has an invalid port: {value!r}.") from None
    return value


def env_origins(name, default=()):
    origins = env_list(name, default)
    for origin in origins:
        parts = urlsplit(origin)
        if (
            parts.scheme not in {"http", "https"}
            or not parts.hostname
            or parts.path not in {"", "/"}
        ):
            raise ImproperlyConfigured(
                f"{name} must list origins such as https://app.example.nl, got {origin!r}."
            )
    return [origin.rstrip("/") for origin in origins]


SUPPORTED_DATABASE_ENGINES = {
    "django.db.backends.sqlite3",
    "django.db.backends.postgresql",
}


def env_database(name, default):
    value = env_str(name, default)
    try:
        config = dj_database_url.parse(value, conn_max_age=60, conn_health_checks=True)
    except Exception as error:  # dj-database-url raises several types for one mistake
        raise ImproperlyConfigured(f"{name} is not a valid database URL: {error}") from None
    if config.get("ENGINE") not in SUPPORTED_DATABASE_ENGINES:
        raise ImproperlyConfigured(
            f"{name} must be a sqlite:// or postgres:// URL, got {value.split(':', 1)[0]}://."
        )
    if config["ENGINE"].endswith("sqlite3"):
        config["CONN_MAX_AGE"] = 0
    return config
