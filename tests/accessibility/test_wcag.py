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
import requests

from tests.accessibility.member_session import forum_pages, member_session
from tests.demo_server import demo_server as site_server

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
    "/helpdesk/",
    "/helpdesk/vraag/",
    "/helpdesk/veelgestelde-vragen/",
    "/en/helpdesk/",
    "/en/helpdesk/vraag/",
    "/en/helpdesk/faq/",
    "/forum/",
    "/en/forum/",
    "/forum/gedragscode/",
    "/wegwijzer/",
    "/wegwijzer/begroting-en-financien/",
    "/wegwijzer/raadslid/",
    "/nieuws/",
    "/nieuws/nieuwe-wegwijzer-voor-volksvertegenwoordigers/",
    "/leerlijnen/",
    "/leerlijnen/op-weg-naar-de-verkiezingen/",
    "/en/signpost/",
    "/en/signpost/budget-and-finance/",
    "/en/signpost/councillor/",
    "/en/news/",
    "/en/news/new-signpost-for-elected-representatives/",
    "/en/learning-paths/",
    "/en/learning-paths/on-the-way-to-the-elections/",
    "/nieuwsbrieven/",
    "/nieuwsbrieven/2026-11/",
    "/nieuwsbrief/aanmelden/",
    "/en/newsletters/",
    "/en/newsletters/2026-11/",
    "/trainingen/",
    "/trainingen/verkiezingen-6/",
    "/trainingen/archief/",
    "/trainingen/aanvragen/",
    "/en/trainings/",
    "/en/trainings/verkiezingen-6/",
]
# Mijn Kennispunt, seen by a logged-in member (tests/accessibility/member_session.py): without a
# party yet (the membership request form), and approved as a member of a demo party.
MEMBER_PAGES = [
    "/mijn/",
    "/mijn/gegevens/",
    "/mijn/partij/",
    "/mijn/account-verwijderen/",
    "/en/my/",
    "/en/my/details/",
    "/en/my/party/",
    "/en/my/delete-account/",
]
APPROVED_MEMBER_PAGES = ["/mijn/", "/en/my/"]
# The forms are also walked with the Tab key alone: every control reached, focus visible.
KEYBOARD_PAGES = [page for page in PAGES if page.startswith(("/account/", "/en/account/"))]


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory):
    if not (CHECKER_DIR / "node_modules" / "axe-core").exists() or not shutil.which("node"):
        pytest.fail("run `make a11y-deps` first: Node.js and the checker's npm packages are needed")
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"no Chromium at {CHROMIUM}: run `make a11y-deps` (Debian package chromium)")
    server = site_server(tmp_path_factory.mktemp("a11y-site"))
    try:
        yield server.prepare().start()
    finally:
        server.stop()


@pytest.fixture(scope="module")
def running_site(demo_server):
    return demo_server.base_url


def check(base_url, pages, *options):
    """The checker's reports on `pages` (one per page and width), and its exit code."""
    result = subprocess.run(
        ["node", str(CHECKER_DIR / "axe-check.mjs"), *options, *[base_url + p for p in pages]],
        capture_output=True,
        text=True,
        timeout=300,
    )
    reports = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(reports) == 2 * len(pages), result.stderr[-2000:]
    return reports, result.returncode


def assert_accessible(reports, returncode):
    problems = [report for report in reports if report["violations"] or report["csp"]]
    assert not problems, json.dumps(problems, indent=2, ensure_ascii=False)
    keyboard = [r for r in reports if r.get("keyboard")]
    stuck = [r for r in keyboard if r["keyboard"]["unreachable"] or r["keyboard"]["focusNotShown"]]
    assert not stuck, json.dumps(stuck, indent=2, ensure_ascii=False)
    assert all(r["keyboard"]["controls"] > 0 for r in keyboard)
    assert returncode == 0


def test_pages_have_no_wcag_violations(running_site):
    reports, returncode = check(running_site, PAGES)
    problems = [report for report in reports if report["violations"] or report["csp"]]
    assert not problems, json.dumps(problems, indent=2, ensure_ascii=False)
    thin = [(r["url"], r["passes"]) for r in reports if r["passes"] <= 10]
    assert not thin, thin
    assert returncode == 0


def test_account_forms_work_by_keyboard_alone(running_site):
    reports, returncode = check(running_site, KEYBOARD_PAGES, "--keyboard")
    assert {r["url"] for r in reports} == {running_site + page for page in KEYBOARD_PAGES}
    assert_accessible(reports, returncode)


@pytest.mark.parametrize(
    ("approved", "pages"), [(False, MEMBER_PAGES), (True, APPROVED_MEMBER_PAGES)]
)
def test_mijn_kennispunt_is_accessible_to_a_logged_in_member(demo_server, approved, pages):
    cookie = member_session(demo_server, approved=approved)
    assert_served(demo_server, pages, cookie)
    reports, returncode = check(demo_server.base_url, pages, "--cookie", cookie, "--keyboard")
    # Still on the page asked for, not sent to the login page.
    assert {r["url"] for r in reports} == {demo_server.base_url + page for page in pages}
    assert_accessible(reports, returncode)


def assert_served(server, pages, cookie):
    """Each page answers 200 to the member: the checker would find no violations on an error
    page or on the login page either."""
    session = requests.Session()
    for page in pages:
        response = session.get(
            server.base_url + page, headers={"Cookie": cookie}, allow_redirects=False
        )
        assert response.status_code == 200, (page, response.status_code)


def test_forum_is_accessible_to_an_approved_member(demo_server):
    cookie = member_session(demo_server, approved=True)
    pages = forum_pages(demo_server)
    # The forum itself, not the explanation for visitors (403) or a redirect to the code of
    # conduct to accept.
    assert_served(demo_server, pages, cookie)
    reports, returncode = check(demo_server.base_url, pages, "--cookie", cookie, "--keyboard")
    assert {r["url"] for r in reports} == {demo_server.base_url + page for page in pages}
    assert_accessible(reports, returncode)
