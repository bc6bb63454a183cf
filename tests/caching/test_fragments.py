"""Rendered parts of pages for anonymous readers (caching/fragments.py): served again until
content changes, never to a logged-in user, a preview or a form with a CSRF token."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import caches
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from caching.fragments import readers_fragment_key, render_cached
from caching.response_cache import SETTLING_KEY, BumpOnCommit
from guides.models import TopicPage

pytestmark = pytest.mark.django_db

# Routing, view restrictions and the page itself; body, navigation and footer come cached.
MAX_PAGE_QUERIES = 10


@pytest.fixture(autouse=True)
def _fragment_cache(settings):
    settings.RENDER_FRAGMENT_CACHE = True
    caches["default"].clear()
    yield
    caches["default"].clear()  # rolled-back content must not outlive the test


def settle():
    """The changes made so far in the test's transaction count as committed (the fragment
    cache, as the response cache, waits while a change is pending)."""
    for _, callback, _ in connection.run_on_commit:
        if isinstance(callback, BumpOnCommit) and not callback.done:
            callback()
    caches["default"].delete(SETTLING_KEY)  # as if the settling seconds had passed


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Content changes made inside commit at once: the response cache's generation moves."""

    def save(page):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        settle()

    return save


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


@pytest.mark.parametrize(
    "url_of",
    [lambda guide: "/", lambda guide: guide.url, lambda guide: guide.get_parent().url],
    ids=["home", "guide", "topic"],
)
def test_a_page_for_a_reader_costs_at_most_ten_queries(client, demo_guide, url_of):
    url = url_of(demo_guide)
    settle()
    client.get(url)
    count, _ = queries_of(client, url)
    assert count <= MAX_PAGE_QUERIES


def test_a_published_change_shows_at_once(client, demo_guide, committed):
    settle()
    client.get(demo_guide.url)
    demo_guide.summary = "Een samenvatting die zojuist is gepubliceerd."
    committed(demo_guide)
    _, html = queries_of(client, demo_guide.url)
    assert "Een samenvatting die zojuist is gepubliceerd." in html


def test_a_renamed_topic_changes_the_navigation_of_every_page(client, demo_guide, committed):
    settle()
    client.get("/")
    topic = TopicPage.objects.get(pk=demo_guide.get_parent().pk)
    topic.title = "Leden werven en behouden"
    committed(topic)
    _, html = queries_of(client, "/")
    assert "Leden werven en behouden" in html


def test_a_logged_in_reader_gets_a_fresh_rendering(client, demo_guide, admin_user):
    settle()
    client.get(demo_guide.url)
    anonymous_count, _ = queries_of(client, demo_guide.url)
    client.force_login(admin_user)
    count, html = queries_of(client, demo_guide.url)
    assert count > anonymous_count
    assert "Mijn Kennispunt" in html  # the anonymous header says "Inloggen"


def request_for(path="/", method="get", **attributes):
    request = getattr(RequestFactory(), method)(path)
    request.user = AnonymousUser()
    for name, value in attributes.items():
        setattr(request, name, value)
    return request


def test_previews_posts_and_logged_in_users_are_never_cached(admin_user):
    settle()
    assert readers_fragment_key(request_for(), "content") is not None
    assert readers_fragment_key(request_for(is_preview=True), "content") is None
    assert readers_fragment_key(request_for(method="post"), "content") is None
    assert readers_fragment_key(request_for(user=admin_user), "content") is None
    assert readers_fragment_key(request_for(), "content") != readers_fragment_key(
        request_for("/?page=2"), "content"
    )


def test_a_fragment_with_a_csrf_token_is_not_stored():
    from django.middleware.csrf import get_token

    settle()
    renderings = []

    def render_with_token():
        renderings.append(get_token(request))
        return f"<input value='{renderings[-1]}'>"

    request = request_for("/formulier/")
    render_cached(request, "form", render_with_token)
    request = request_for("/formulier/")
    render_cached(request, "form", render_with_token)
    assert len(renderings) == 2


def test_a_fragment_is_rendered_once_per_generation():
    settle()
    renderings = []

    def render():
        renderings.append(1)
        return "<p>vast</p>"

    assert render_cached(request_for("/vast/"), "part", render) == "<p>vast</p>"
    assert render_cached(request_for("/vast/"), "part", render) == "<p>vast</p>"
    assert len(renderings) == 1


def test_routing_finds_routable_pages_and_refuses_what_is_not_there(client, demo_guide):
    from home.models import HomePage
    from newsletter.factories import NewsletterIndexPageFactory

    home = HomePage.objects.get(locale__language_code="nl")
    archive = NewsletterIndexPageFactory(parent=home, slug="archief-test")
    assert client.get(archive.url + "feed/")["Content-Type"].startswith("application/rss+xml")
    assert client.get(archive.url + "bestaat-niet/").status_code == 404
    assert client.get("/gidsen/bestaat-niet/").status_code == 404
    assert client.get(demo_guide.url + "nog-dieper/").status_code == 404
    assert client.get("/en/" + demo_guide.url.lstrip("/")).status_code == 404
    demo_guide.unpublish()
    assert client.get(demo_guide.url).status_code == 404
