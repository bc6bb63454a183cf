"""WCAG 2.1 A/AA rules (axe-core) in a real browser, on a real server with the demo site.

The server runs as a user would run it (`manage.py runserver` on its own SQLite database with the
demo content), so the check sees the same HTML, CSS and images a reader gets.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.demo_server import DemoServer

pytestmark = pytest.mark.browser

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
    "/account/signup/",
    "/account/login/",
    "/account/password/reset/",
    "/en/account/signup/",
    "/en/account/login/",
    "/en/account/password/reset/",
    "/nieuwsbrieven/",
    "/nieuwsbrieven/2026-11/",
    "/nieuwsbrief/aanmelden/",
    "/en/newsletters/",
    "/en/newsletters/2026-11/",
]


@pytest.fixture(scope="module")
def running_site(tmp_path_factory):
    if not (CHECKER_DIR / "node_modules" / "axe-core").exists() or not shutil.which("node"):
        pytest.fail("run `make a11y-deps` first: Node.js and the checker's npm packages are needed")
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"no Chromium at {CHROMIUM}: run `make a11y-deps` (Debian package chromium)")
    server = DemoServer(tmp_path_factory.mktemp("a11y-site"))
    try:
        yield server.prepare().start().base_url
    finally:
        server.stop()


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
