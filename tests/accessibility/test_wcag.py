"""WCAG 2.1 A/AA rules (axe-core) in a real browser, on a real server with the demo site.

The server runs as a user would run it (`manage.py runserver` on its own SQLite database with the
demo content), so the check sees the same HTML, CSS and images a reader gets.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

PROJECT_DIR = Path(__file__).resolve().parents[2]
CHECKER_DIR = Path(__file__).resolve().parent
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")

PAGES = [
    "/",
    "/gidsen/",
    "/gidsen/ledenwerving/",
    "/gidsen/ledenwerving/wervingsplan/",
    "/gidsen/ledenwerving/campagnes-en-activiteiten/",
    "/gidsen/kandidaatstelling/registratie-en-inlevering/",
    "/over-ons/",
    "/contact/",
    "/zoeken/?q=leden+werven",
    "/zoeken/?q=qqqzzz",
    "/bestaat-niet/",
    "/en/",
    "/en/guides/membership-recruitment/",
    "/en/guides/membership-recruitment/plan/",
]


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


@pytest.fixture(scope="module")
def running_site(tmp_path_factory):
    if not (CHECKER_DIR / "node_modules" / "axe-core").exists() or not shutil.which("node"):
        pytest.fail("run `make a11y-deps` first: Node.js and the checker's npm packages are needed")
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"no Chromium at {CHROMIUM}: run `make a11y-deps` (Debian package chromium)")
    folder = tmp_path_factory.mktemp("a11y-site")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SEARCH_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.dev",
        DATABASE_URL=f"sqlite:///{folder / 'db.sqlite3'}",
        MEDIA_ROOT=str(folder / "media"),
        DEBUG="false",
        SERVE_MEDIA="true",
    )
    manage = [sys.executable, str(PROJECT_DIR / "manage.py")]
    for command in (["migrate", "--noinput", "-v", "0"], ["load_demo_content"]):
        subprocess.run([*manage, *command], env=env, check=True, capture_output=True)
    port = free_port()
    server = subprocess.Popen(
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(base_url + "/", server)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_pages_have_no_wcag_violations(running_site):
    result = subprocess.run(
        ["node", str(CHECKER_DIR / "axe-check.mjs"), *[running_site + page for page in PAGES]],
        capture_output=True,
        text=True,
        timeout=300,
    )
    reports = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(reports) == 2 * len(PAGES), result.stderr[-2000:]
    problems = [report for report in reports if report["violations"]]
    assert not problems, json.dumps(problems, indent=2, ensure_ascii=False)
    thin = [(r["url"], r["passes"]) for r in reports if r["passes"] <= 10]
    assert not thin, thin
    assert result.returncode == 0
