import pytest

from parties.models import Municipality
from parties.municipalities import load_municipalities
from tests.accounts.smtp import mailbox, smtp_server  # noqa: F401 - fixtures


@pytest.fixture
def municipalities(db):
    load_municipalities()
    return {m.code: m for m in Municipality.objects.select_related("province")}


@pytest.fixture
def staff_client(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    from django.core.cache import cache

    cache.clear()
