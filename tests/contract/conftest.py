"""A real server, run as in production (gunicorn, DEBUG off) on its own SQLite database with
the demo content, for the contract suite: the tests talk to it only over HTTP, as the
decoupled app does."""

import pytest

from tests.demo_server import demo_server


@pytest.fixture(scope="session")
def app_server(tmp_path_factory):
    server = demo_server(tmp_path_factory.mktemp("contract-site"), PREVIEW_TOKEN_MAX_AGE="600")
    try:
        yield server.prepare().start(gunicorn_workers=2, ready_path="/api/v2/pages/?limit=1")
    finally:
        server.stop()
