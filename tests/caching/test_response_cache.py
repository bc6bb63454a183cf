"""The response cache: a second anonymous GET is answered from the cache with the same body
and headers; every content change shows on the very next request; nothing private is ever
stored or served; CORS and languages get their own answers."""

from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings as django_settings
from django.core.cache import caches
from django.test import Client, RequestFactory
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import APIToken, Locale, PageViewRestriction, Site

from caching.response_cache import GENERATION_KEY
from core.preview import APP_PREVIEW_MODE
from guides.factories import GuidePageFactory
from guides.models import GuidePage, TopicPage
from home.models import SiteSettings
from search import querylog
from search.models import Synonym, UnansweredQuery

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("response_cache")]

NEW_TITLE = "Wervingsplan voor kwartiermakers"
LISTING = "/api/v2/pages/?type=guides.GuidePage&fields=title&limit=100"
HTML_GUIDE = "/gidsen/ledenwerving/wervingsplan/"


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Runs a change and what Django runs when its transaction commits."""

    def run(change, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return change(*args, **kwargs)

    return run


@pytest.fixture
def editor_user(committed, django_user_model):
    """Created and committed (a user's name is public content: a guide's owner)."""
    return committed(django_user_model.objects.create_superuser, "redacteur", "r@example.nl", "pw")


@pytest.fixture
def logged_in(editor_user):
    client = Client()
    client.force_login(editor_user)
    return client


def publish_title(page, title):
    page.title = title
    page.save_revision().publish()


def get_twice(client, url, **headers):
    first, second = client.get(url, **headers), client.get(url, **headers)
    assert first["X-Cache"] == "miss" and second["X-Cache"] == "hit", url
    assert second.content == first.content, url
    return second


def without_x_cache(response):
    return {name: value for name, value in response.items() if name != "X-Cache"}


def public_urls(guide):
    return [
        LISTING,
        "/api/v2/pages/?type=guides.GuidePage&fields=*&limit=20",
        f"/api/v2/pages/{guide.id}/",
        f"/api/v3/pages/{guide.id}/",
        "/api/v3/pages/",
        "/api/v2/images/",
        "/api/v2/documents/",
        "/api/v2/topics/?locale=en",
        "/api/v2/navigation/",
        "/api/v2/site-settings/",
        "/api/v2/footer/",
        "/api/search/?q=wervingsplan",
        "/api/search/autocomplete/?q=werv",
        "/",
        "/en/",
        HTML_GUIDE,
        "/sitemap.xml",
    ]


def test_a_second_get_is_a_hit_with_the_same_answer(client, demo_guide):
    for url in public_urls(demo_guide):
        miss = client.get(url)
        assert miss.status_code == 200 and miss["X-Cache"] == "miss", url
        hit = client.get(url)
        assert hit.status_code == 200 and hit["X-Cache"] == "hit", url
        assert hit.content == miss.content, url
        assert without_x_cache(hit) == without_x_cache(miss), url
        assert "public" in hit["Cache-Control"] and hit["ETag"], url
        not_modified = client.get(url, HTTP_IF_NONE_MATCH=hit["ETag"])
        assert not_modified.status_code == 304 and not_modified["ETag"] == hit["ETag"], url
        head = client.head(url)
        assert head["X-Cache"] == "hit" and head["ETag"] == hit["ETag"], url


def test_reading_does_not_empty_the_cache(client, demo_guide):
    """Renditions, embeds, sessions and search statistics are written while serving; they
    must not count as content changes, or the cache would never hit."""
    for url in public_urls(demo_guide):
        client.get(url)
    generation = caches["default"].get(GENERATION_KEY)
    for url in public_urls(demo_guide):
        assert client.get(url)["X-Cache"] == "hit", url
    assert caches["default"].get(GENERATION_KEY) == generation


def test_a_cached_search_still_counts_for_the_editors(client):
    url = "/api/search/?q=wervingsplan"
    get_twice(client, url)
    client.get(url)
    assert Query.get("wervingsplan").hits == 3


def test_a_published_title_shows_on_the_next_request(client, demo_guide, committed):
    urls = [
        LISTING,
        f"/api/v2/pages/{demo_guide.id}/",
        f"/api/v3/pages/{demo_guide.id}/",
        HTML_GUIDE,
        "/api/search/?q=kwartiermakers",
    ]
    for url in urls:
        assert NEW_TITLE not in get_twice(client, url).content.decode(), url
    assert client.get("/api/search/?q=kwartiermakers").json()["count"] == 0

    committed(publish_title, demo_guide, NEW_TITLE)

    for url in urls:
        response = client.get(url)
        assert response["X-Cache"] == "miss" and NEW_TITLE in response.content.decode(), url
        assert client.get(url)["X-Cache"] == "hit", url
    found = client.get("/api/search/?q=kwartiermakers").json()
    assert [item["id"] for item in found["items"]] == [demo_guide.id]


def test_a_new_guide_changes_the_topic_counts(client, topic, committed):
    def count():
        items = client.get("/api/v2/topics/").json()["items"]
        return next(item["guide_count"] for item in items if item["id"] == topic.id)

    before = count()
    assert count() == before and client.get("/api/v2/topics/")["X-Cache"] == "hit"
    committed(GuidePageFactory, parent=topic, title="Een nieuwe gids")
    assert count() == before + 1


def test_unpublished_and_deleted_pages_disappear(client, demo_guide, committed):
    detail, v3 = f"/api/v2/pages/{demo_guide.id}/", f"/api/v3/pages/{demo_guide.id}/"
    for url in (detail, v3, HTML_GUIDE, LISTING):
        get_twice(client, url)

    committed(demo_guide.unpublish)

    assert client.get(detail).status_code == 404
    assert client.get(v3).status_code == 404
    assert client.get(HTML_GUIDE).status_code == 404
    listed = [item["id"] for item in client.get(LISTING).json()["items"]]
    assert demo_guide.id not in listed and listed


def test_a_deleted_page_disappears(client, demo_guide, committed):
    detail = f"/api/v2/pages/{demo_guide.id}/"
    get_twice(client, detail)
    get_twice(client, HTML_GUIDE)
    committed(demo_guide.delete)
    assert client.get(detail).status_code == 404
    assert client.get(HTML_GUIDE).status_code == 404


def test_a_moved_guide_has_its_new_topic(client, demo_guide, committed):
    other = TopicPage.objects.get(slug="fusie", locale__language_code="nl")
    detail = f"/api/v2/pages/{demo_guide.id}/"
    assert get_twice(client, detail).json()["topic"]["slug"] == "ledenwerving"
    committed(demo_guide.move, other, pos="last-child")
    assert client.get(detail).json()["topic"]["slug"] == "fusie"


def test_site_settings_show_on_the_next_request(client, committed):
    url = "/api/v2/site-settings/"
    get_twice(client, url)
    site_settings = SiteSettings.load()
    site_settings.contact_email = "nieuw@kennispunt.example"
    committed(site_settings.save)
    assert client.get(url).json()["contact"]["email"] == "nieuw@kennispunt.example"


def test_a_new_synonym_changes_the_search_results(client, committed):
    url = "/api/search/?q=knikkerbaan"
    assert get_twice(client, url).json()["count"] == 0
    committed(Synonym.objects.create, terms="knikkerbaan, fusie")
    found = client.get(url).json()
    assert found["count"] > 0 and found["items"][0]["topic"]["slug"] == "fusie"


def change_image():
    image = get_image_model().objects.first()
    image.title = "Nieuwe titel"
    image.save()


def change_document():
    document = get_document_model().objects.first()
    document.title = "Nieuwe titel"
    document.save()


def change_locale():
    Locale.objects.get(language_code="en").save()


def change_site():
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Kennispunt"
    site.save()


def wervingsplan():
    return GuidePage.objects.get(slug="wervingsplan", locale__language_code="nl")


def change_owner_name():
    owner = wervingsplan().content_owner
    owner.first_name = "Nieuwe"
    owner.save()


def add_redirect():
    Redirect.objects.create(old_path="/oud", redirect_link="/gidsen/")


def restrict_guide():
    PageViewRestriction.objects.create(page=wervingsplan(), restriction_type="login")


def tag_guide():
    wervingsplan().tags.add("nieuwe-tag")


@pytest.mark.parametrize(
    "change",
    [
        change_image,
        change_document,
        change_locale,
        change_site,
        change_owner_name,
        add_redirect,
        restrict_guide,
        tag_guide,
    ],
)
def test_every_content_change_empties_the_cache(client, committed, change):
    url = "/api/v2/pages/?type=guides.GuidePage&fields=*&limit=20"
    get_twice(client, url)
    committed(change)
    assert client.get(url)["X-Cache"] == "miss"


def test_a_draft_does_not_empty_the_cache(client, demo_guide, committed):
    """Autosave writes a draft revision every few seconds while an editor types."""
    get_twice(client, LISTING)
    demo_guide.title = "Alleen een concept"
    committed(demo_guide.save_revision)
    response = client.get(LISTING)
    assert response["X-Cache"] == "hit" and b"Alleen een concept" not in response.content


def test_uncommitted_changes_are_neither_stored_nor_hidden(
    client, demo_guide, django_capture_on_commit_callbacks
):
    """A request that reads a change before its commit bumped the generation must not store
    it (a rollback would leave it behind) nor answer with the older cached page."""
    url = f"/api/v2/pages/{demo_guide.id}/"
    get_twice(client, url)
    with django_capture_on_commit_callbacks() as callbacks:
        publish_title(demo_guide, NEW_TITLE)
    pending = client.get(url)
    assert pending.json()["title"] == NEW_TITLE and "X-Cache" not in pending
    for callback in callbacks:
        callback()
    assert get_twice(client, url).json()["title"] == NEW_TITLE


def test_nothing_is_stored_while_a_change_settles(client, demo_guide, settings, committed):
    settings.API_RESPONSE_CACHE_SETTLE = 60
    url = f"/api/v2/pages/{demo_guide.id}/"
    committed(publish_title, demo_guide, NEW_TITLE)
    responses = [client.get(url) for _ in range(2)]
    assert [response["X-Cache"] for response in responses] == ["miss", "miss"]
    assert responses[1].json()["title"] == NEW_TITLE


def test_logged_in_requests_never_use_the_cache(client, logged_in, demo_guide):
    """An editor's page carries the userbar; it must never reach an anonymous reader."""
    for url in (HTML_GUIDE, f"/api/v2/pages/{demo_guide.id}/", LISTING):
        for _ in range(2):
            own = logged_in.get(url)
            assert own.status_code == 200 and "X-Cache" not in own, url
    assert b"wagtail-userbar" in logged_in.get(HTML_GUIDE).content
    anonymous = client.get(HTML_GUIDE)
    assert anonymous["X-Cache"] == "miss" and b"wagtail-userbar" not in anonymous.content


def test_token_requests_never_use_the_cache(client, editor_user, demo_guide, committed):
    token = committed(APIToken.create_token, user=editor_user, name="script")[1]
    draft_url = f"/api/v3/pages/{demo_guide.id}/?version=draft"
    demo_guide.title = "Geheim concept"
    committed(demo_guide.save_revision)
    authorization = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    for _ in range(2):
        own = client.get(draft_url, **authorization)
        assert own.json()["title"] == "Geheim concept" and "X-Cache" not in own
    anonymous = get_twice(client, draft_url)
    assert (
        anonymous.json()["title"] == demo_guide.specific_class.objects.get(pk=demo_guide.pk).title
    )
    assert "X-Cache" not in client.get(draft_url, **authorization)


def test_an_authorization_header_that_is_no_valid_token_is_anonymous(client, demo_guide):
    """`Bearer garbage` must not skip the cache (issue 10): it gets the anonymous answer."""
    url = f"/api/v3/pages/{demo_guide.id}/"
    anonymous = get_twice(client, url)
    for header in ("Bearer onzin", "Basic Zm9vOmJhcg==", "Bearer "):
        garbage = client.get(url, HTTP_AUTHORIZATION=header)
        assert garbage["X-Cache"] == "hit" and garbage.content == anonymous.content, header


def test_a_preview_never_leaks_into_the_cache(client, demo_guide, editor_user):
    demo_guide.title = "Onopgeslagen wijziging"
    request = RequestFactory().get("/admin/", HTTP_HOST="testserver")
    request.user = editor_user
    frame = demo_guide.serve_preview(request, APP_PREVIEW_MODE).content.decode()
    preview_url = frame.split('src="', 1)[1].split('"', 1)[0].replace("&amp;", "&")
    params = {name: values[0] for name, values in parse_qs(urlsplit(preview_url).query).items()}
    for _ in range(2):
        preview = client.get("/api/v2/preview/", params)
        assert preview.json()["title"] == "Onopgeslagen wijziging" and "X-Cache" not in preview
    live = get_twice(client, f"/api/v2/pages/{demo_guide.id}/")
    assert live.json()["title"] != "Onopgeslagen wijziging"


def test_a_session_cookie_bypasses_the_cache(client):
    client.get("/")
    client.cookies[django_settings.SESSION_COOKIE_NAME] = "een-sessie"
    assert "X-Cache" not in client.get("/")


def test_errors_and_other_methods_are_not_cached(client):
    for url in ("/api/v2/pages/999999/", "/bestaat-niet/", "/api/v2/pages/?limit=veel"):
        assert client.get(url)["X-Cache"] == "miss", url
        assert client.get(url)["X-Cache"] == "miss", url
    assert "X-Cache" not in client.options("/api/v2/pages/")
    for url in ("/health/", "/admin/login/"):
        assert "X-Cache" not in client.get(url), url


def test_each_origin_gets_its_own_cors_headers(client, settings, demo_guide):
    settings.CORS_ALLOWED_ORIGINS = ["http://localhost:3000", "https://app.example.nl"]
    url = f"/api/v2/pages/{demo_guide.id}/"
    answers = {
        origin: client.get(url, HTTP_ORIGIN=origin)
        for origin in ("http://localhost:3000", "https://app.example.nl", "https://evil.example")
    }
    answers[None] = client.get(url)
    assert [answer["X-Cache"] for answer in answers.values()] == ["miss", "hit", "hit", "hit"]
    for origin, answer in answers.items():
        allowed = origin if origin != "https://evil.example" else None
        assert answer.get("Access-Control-Allow-Origin") == allowed, origin
        assert "origin" in answer["Vary"].lower(), origin


def test_languages_are_cached_apart(client):
    nl = "/api/v2/pages/?type=guides.GuidePage&locale=nl"
    en = "/api/v2/pages/?type=guides.GuidePage&locale=en"
    dutch, english = get_twice(client, nl).json(), get_twice(client, en).json()
    assert {item["meta"]["locale"] for item in dutch["items"]} == {"nl"}
    assert {item["meta"]["locale"] for item in english["items"]} == {"en"}
    home, english_home = get_twice(client, "/"), get_twice(client, "/en/")
    assert home["Content-Language"] == "nl" and english_home["Content-Language"] == "en"
    assert b'lang="nl"' in home.content and b'lang="en"' in english_home.content
    # The key holds the language Django chose, not the header: outside /en/ that is Dutch.
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en")["X-Cache"] == "hit"


def test_the_cache_can_be_switched_off(client, settings):
    settings.API_RESPONSE_CACHE = False
    assert all("X-Cache" not in client.get("/api/v2/topics/") for _ in range(2))


def test_a_hit_is_answered_before_sessions_auth_and_locale_run(client, demo_guide):
    """One cache read, no SQL, none of the middleware below the store point."""
    for url in [*public_urls(demo_guide), "/zoeken/?q=leden", "/en/search/?q=members"]:
        client.get(url)
        response = client.get(url)
        assert response["X-Cache"] == "hit", url
        request = response.wsgi_request
        assert not hasattr(request, "session") and not hasattr(request, "user"), url
        assert not hasattr(request, "LANGUAGE_CODE") and "csrf_cookie" not in request.META, url


def test_a_hit_runs_no_sql(client, demo_guide, django_assert_num_queries, settings):
    settings.SEARCH_LOG_FLUSH_INTERVAL = 3600  # counted in memory, written later in a batch
    for url in [*public_urls(demo_guide), "/zoeken/?q=leden"]:
        client.get(url)
        with django_assert_num_queries(0):
            assert client.get(url)["X-Cache"] == "hit", url
    querylog.flush()


def test_cached_searches_are_counted_in_one_batch(client, settings, django_assert_num_queries):
    settings.SEARCH_LOG_FLUSH_INTERVAL = 3600
    querylog.flush()
    before = Query.get("leden").hits
    for url in ("/zoeken/?q=leden", "/api/search/?q=leden", "/zoeken/?q=xylofoonconcert"):
        for _ in range(3):
            client.get(url)
    assert querylog.pending() == 9 and Query.get("leden").hits == before
    querylog.flush()
    assert Query.get("leden").hits == before + 6 and querylog.pending() == 0
    assert UnansweredQuery.objects.get(query_string="xylofoonconcert").hits == 3


def test_the_html_search_page_is_cached_per_language(client):
    dutch, english = (
        get_twice(client, "/zoeken/?q=leden"),
        get_twice(client, "/en/search/?q=members"),
    )
    assert b'lang="nl"' in dutch.content and b'lang="en"' in english.content
    assert dutch["Content-Language"] == "nl" and english["Content-Language"] == "en"


def test_a_hit_over_the_rate_limit_is_refused(client, settings, monkeypatch):
    mid_window = SimpleNamespace(time=lambda: 1_800_000_030.0)
    monkeypatch.setattr("ratelimits.middleware.time", mid_window)
    url = "/api/v2/topics/"
    get_twice(client, url)
    settings.API_RATE_LIMIT = 1
    statuses = [client.get(url, REMOTE_ADDR="10.9.9.9").status_code for _ in range(2)]
    assert statuses == [200, 429]
