"""Shared set-up for the search benchmarks: a throwaway database (SQLite in memory, or
PostgreSQL when DATABASE_URL points at it, in TEST_DATABASE_NAME), and an OpenSearch index with
its own prefix when SEARCH_URL is set. Run from the project root with the venv's Python."""

import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_django():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    os.environ.setdefault("SEARCH_INDEX_PREFIX", "bench_kennispunt_")
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        # On SQLite the test database stays in memory (a name would make it a file).
        os.environ.setdefault("TEST_DATABASE_NAME", "bench_search")
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    return connection


def database_label(connection):
    return "postgresql" if connection.vendor == "postgresql" else "sqlite"


def backends():
    """The backends to measure: the database always, OpenSearch when SEARCH_URL is set."""
    from django.conf import settings

    return ["database", "opensearch"] if settings.SEARCH_URL else ["database"]


@contextmanager
def using(backend):
    """Answer searches from one backend (the database backend ignores SEARCH_URL)."""
    from django.conf import settings

    saved = settings.SEARCH_URL
    if backend == "database":
        settings.SEARCH_URL = None
    try:
        yield
    finally:
        settings.SEARCH_URL = saved


def build_opensearch_index():
    """Full Wagtail reindex into OpenSearch, refreshed; returns seconds taken."""
    from django.core.management import call_command
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    backend = get_search_backend()
    backend.es.indices.refresh(index=backend.get_index_for_model(Page).name)
    return time.perf_counter() - started


def percentile(values, fraction):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]
