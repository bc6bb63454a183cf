"""Liveness and readiness for the load balancer and systemd; never cached.

/healthz: the process answers. /readyz: the database and the cache answer (503 otherwise); the
search node may be down — the site then searches the database — so it is reported, not fatal.
"""

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from wagtail.search.backends import get_search_backend


@never_cache
def healthz(request):
    return JsonResponse({"status": "ok"})


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def _cache():
    cache.set("readyz", "1", 10)
    return cache.get("readyz") == "1"


def _search():
    client = getattr(get_search_backend(), "es", None)
    return True if client is None else bool(client.ping())


def _probe(check):
    try:
        return "ok" if check() else "failing"
    except Exception:  # any failure of a dependency is what this view reports
        return "failing"


@never_cache
def readyz(request):
    checks = {"database": _probe(_database), "cache": _probe(_cache), "search": _probe(_search)}
    if checks["database"] != "ok" or checks["cache"] != "ok":
        return JsonResponse({"status": "unavailable", "checks": checks}, status=503)
    status = "ok" if checks["search"] == "ok" else "degraded"
    return JsonResponse({"status": status, "checks": checks})
