"""A database or cache that is unreachable or restarting is an outage, not a fault of the
request: it is answered with a 503 and Retry-After (cms/errors.py, API v3's error handler), a
small page for readers, rendered without a request context or the database. Django opens a new
database connection for the next request (with CONN_HEALTH_CHECKS a dead persistent one is not
reused), so the site recovers by itself once the database is back."""

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils import translation
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from ratelimits.counters import CounterUnavailable

OUTAGES = (
    OperationalError,
    InterfaceError,
    RedisConnectionError,
    RedisTimeoutError,
    CounterUnavailable,  # a rate limit that fails closed while Redis is down
)
RETRY_AFTER = 10  # seconds: a restarting PostgreSQL is usually back within that


def is_outage(error):
    """True when `error` or an exception it was raised from is one of OUTAGES."""
    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, OUTAGES):
            return True
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return False


def service_unavailable(request):
    """The 503 page in the path's language (Dutch without a prefix), with Retry-After."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        home = "/" if language == settings.LANGUAGE_CODE else f"/{language}/"
        html = loader.get_template("503.html").render({"home": home})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    response["Content-Language"] = language
    return response
