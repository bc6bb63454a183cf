"""A real server, run as in production (gunicorn, DEBUG off) on its own SQLite database with
the demo content, for the contract suite: the tests talk to it only over HTTP, as the
decoupled app does."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).with_name("gunicorn")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_serving(url, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped with exit code {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the server did not answer on {url} within {timeout} s")


class AppServer:
    def __init__(self, base_url, env):
        self.base_url = base_url
        self.env = env

    def manage(self, *args):
        """Run a management command against the server's database (as an editor's action)."""
        return subprocess.run(
            [sys.executable, str(PROJECT_DIR / "manage.py"), *args],
            env=self.env, cwd=PROJECT_DIR, check=True, capture_output=True, text=True,
        )  # fmt: skip


@pytest.fixture(scope="session")
def app_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("contract-site")
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SEARCH_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE", "DATABASE_URL"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.dev",
        DATABASE_URL=f"sqlite:///{folder / 'db.sqlite3'}",
        MEDIA_ROOT=str(folder / "media"),
        DEBUG="false",
        SERVE_MEDIA="true",
        WAGTAILADMIN_BASE_URL=base_url,
        WAGTAILAPI_BASE_URL=base_url,
        API_RATE_LIMIT="0",
        PREVIEW_TOKEN_MAX_AGE="600",
    )
    server = AppServer(base_url, env)
    server.manage("migrate", "--noinput", "-v", "0")
    server.manage("load_demo_content")
    log = open(folder / "server.log", "w")  # noqa: SIM115 - open while the server runs
    process = subprocess.Popen(
        [str(GUNICORN), "cms.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", "2", "--log-level", "warning"],
        env=env, cwd=PROJECT_DIR, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        wait_until_serving(base_url + "/api/v2/pages/?limit=1", process)
        yield server
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()
