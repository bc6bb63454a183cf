"""The anonymous API limit cannot be dodged: not by a spoofed X-Forwarded-For hop, not by an
Authorization header that is no valid token (issue 10)."""

from types import SimpleNamespace

import pytest
from django.core.cache import cache
from wagtail.models import APIToken

pytestmark = pytest.mark.django_db

FIXED_NOW = 1_800_000_030.0  # mid-window, as in test_rate_limits.py
URL = "/api/v3/pages/?limit=1"


@pytest.fixture
def limit(settings, monkeypatch):
    monkeypatch.setattr("ratelimits.middleware.time", SimpleNamespace(time=lambda: FIXED_NOW))
    cache.clear()
    settings.API_RATE_LIMIT = 3
    settings.API_RATE_LIMIT_USER_FACTOR = 2
    yield 3
    cache.clear()


def statuses(client, count, **extra):
    return [client.get(URL, **extra).status_code for _ in range(count)]


def test_a_spoofed_first_hop_does_not_make_a_new_client(client, limit, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    answers = [
        client.get(URL, HTTP_X_FORWARDED_FOR=f"10.9.9.{n}, 203.0.113.7").status_code
        for n in range(limit + 2)
    ]
    assert answers[:limit] == [200] * limit and set(answers[limit:]) == {429}
    other = client.get(URL, HTTP_X_FORWARDED_FOR="10.9.9.1, 203.0.113.8")
    assert other.status_code == 200


def test_the_hop_of_the_outermost_trusted_proxy_is_the_client(client, limit, settings):
    settings.TRUSTED_PROXY_COUNT = 2
    for n in range(limit):
        client.get(URL, HTTP_X_FORWARDED_FOR=f"1.1.1.{n}, 198.51.100.4, 10.0.0.2")
    blocked = client.get(URL, HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.4, 10.0.0.3")
    assert blocked.status_code == 429


def test_without_trusted_proxies_forwarded_headers_are_ignored(client, limit, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    for n in range(limit):
        client.get(URL, HTTP_X_FORWARDED_FOR=f"10.1.1.{n}")
    assert client.get(URL, HTTP_X_FORWARDED_FOR="10.2.2.2").status_code == 429


@pytest.mark.parametrize("header", ["Bearer garbage", "Basic Zm9vOmJhcg==", "Bearer "])
def test_an_authorization_header_that_is_no_valid_token_counts_as_anonymous(client, limit, header):
    answers = statuses(client, limit + 1, HTTP_AUTHORIZATION=header)
    assert answers[-1] == 429, answers


def test_a_valid_token_counts_per_user_with_its_own_higher_limit(client, limit, admin_user):
    token = APIToken.create_token(user=admin_user, name="script")[1]
    statuses(client, limit + 1)  # this address is over the anonymous limit
    answers = statuses(client, limit * 2 + 1, HTTP_AUTHORIZATION=f"Bearer {token}")
    assert answers[: limit * 2] == [200] * (limit * 2) and answers[-1] == 429


def test_a_revoked_token_is_anonymous(client, limit, admin_user):
    api_token, token = APIToken.create_token(user=admin_user, name="oud")
    api_token.revoke()
    assert statuses(client, limit + 1, HTTP_AUTHORIZATION=f"Bearer {token}")[-1] == 429
