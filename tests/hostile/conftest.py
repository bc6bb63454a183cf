import os

import pytest
from django.core.management import call_command

from .probe import TOTALS


@pytest.fixture(scope="session", autouse=True)
def search_index(django_db_setup, django_db_blocker):
    """With SEARCH_URL set (the OpenSearch stage) the demo site is indexed on the node, so
    hostile searches reach a real index."""
    if os.environ.get("SEARCH_URL"):
        with django_db_blocker.unblock():
            call_command("update_index", verbosity=0)


def pytest_terminal_summary(terminalreporter):
    if TOTALS["requests"]:
        terminalreporter.write_line(
            f"hostile input: {TOTALS['requests']} requests in {TOTALS['seconds']:.1f} s"
        )
