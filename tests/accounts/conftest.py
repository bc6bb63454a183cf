import pytest
from django.core.cache import cache

from tests.accounts.smtp import mailbox, smtp_server  # noqa: F401 - fixtures

from .helpers import PASSWORD, make_member


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """allauth counts attempts in the cache; each test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def member(db):
    return make_member("lid@example.org")


@pytest.fixture
def member_client(client, member):
    assert client.login(email=member.email, password=PASSWORD)
    return client


@pytest.fixture
def staff_client(client, admin_user):
    client.force_login(admin_user)
    return client
