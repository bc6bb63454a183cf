"""Limits the outside probe dodged (issue 10): 60 requests with spoofed X-Forwarded-For hops or
`Authorization: Bearer garbage` against a limit of 30, the site search and page passwords."""

from types import SimpleNamespace

import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db

FIXED_NOW = 1_800_000_030.0  # mid-window (a minute and a ten-minute window alike)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    monkeypatch.setattr("ratelimits.middleware.time", SimpleNamespace(time=lambda: FIXED_NOW))
    cache.clear()
    yield
    cache.clear()


def passed(answers):
    return sum(status != 429 for status in answers)


def test_sixty_spoofed_first_hops_pass_a_limit_of_thirty_only_thirty_times(client, settings):
    settings.API_RATE_LIMIT, settings.TRUSTED_PROXY_COUNT = 30, 1
    answers = [
        client.get("/api/v3/pages/?limit=1", HTTP_X_FORWARDED_FOR=f"10.{n}.0.1, 203.0.113.9")
        for n in range(60)
    ]
    assert passed(a.status_code for a in answers) == 30


def test_sixty_requests_with_a_garbage_token_pass_only_thirty_times(client, settings):
    settings.API_RATE_LIMIT = 30
    answers = [
        client.get("/api/v3/pages/?limit=1", HTTP_AUTHORIZATION="Bearer garbage").status_code
        for _ in range(60)
    ]
    assert passed(answers) == 30


@pytest.mark.parametrize("url", ["/zoeken/?q=raad", "/en/search/?q=council"])
def test_the_site_search_is_limited_with_a_dutch_page(client, settings, url):
    settings.SEARCH_PAGE_RATE_LIMIT = 5
    answers = [client.get(url) for _ in range(6)]
    assert [a.status_code for a in answers[:5]] == [200] * 5
    refused = answers[5]
    assert refused.status_code == 429 and int(refused["Retry-After"]) == 30
    assert "Te veel verzoeken" in refused.content.decode() or "Too many" in refused.content.decode()
    assert "public" not in refused["Cache-Control"]


def test_the_site_search_counts_per_address(client, settings):
    settings.SEARCH_PAGE_RATE_LIMIT = 2
    for _ in range(3):
        client.get("/zoeken/?q=raad", REMOTE_ADDR="10.0.0.1")
    assert client.get("/zoeken/?q=raad", REMOTE_ADDR="10.0.0.2").status_code == 200


@pytest.fixture
def protected_guide(demo_guide):
    PageViewRestriction.objects.create(
        page=demo_guide, restriction_type=PageViewRestriction.PASSWORD, password="geheim-42"
    )
    return demo_guide


def password_form_url(client, page):
    response = client.get(page.url)
    assert response.status_code == 200 and b"authenticate_with_password" in response.content
    restriction = PageViewRestriction.objects.get(page=page)
    return f"/_util/authenticate_with_password/{restriction.id}/{page.id}/"


def test_guessing_a_page_password_at_an_even_pace_is_stopped(client, settings, protected_guide):
    settings.PAGE_PASSWORD_RATE_LIMIT = 10
    url = password_form_url(client, protected_guide)
    guesses = [
        client.post(url, {"password": f"gok-{n}", "return_url": protected_guide.url}).status_code
        for n in range(30)
    ]
    assert 429 not in guesses[:10] and set(guesses[10:]) == {429}
    right = client.post(url, {"password": "geheim-42", "return_url": protected_guide.url})
    assert right.status_code == 429 and int(right["Retry-After"]) == 570
    assert "Te veel verzoeken" in right.content.decode()


def test_the_right_page_password_within_the_limit_opens_the_page(client, settings, protected_guide):
    settings.PAGE_PASSWORD_RATE_LIMIT = 10
    url = password_form_url(client, protected_guide)
    answer = client.post(url, {"password": "geheim-42", "return_url": protected_guide.url})
    assert answer.status_code == 302
    assert client.get(protected_guide.url).status_code == 200
