import pytest
from django.core.cache import cache

from forum.models import Category, CodeOfConductAcceptance
from parties.factories import LocalPartyFactory
from parties.models import Membership, MembershipStatus
from tests.accounts.helpers import PASSWORD, make_member
from tests.accounts.smtp import mailbox, smtp_server  # noqa: F401 - fixtures


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def join(user, party, status=MembershipStatus.APPROVED, role="raadslid"):
    return Membership.objects.create(user=user, party=party, role=role, status=status)


def forum_member(email, name, party, *, accepted=True):
    user = make_member(email, name=name)
    join(user, party)
    if accepted:
        CodeOfConductAcceptance.objects.create(user=user)
    return user


@pytest.fixture
def party(db):
    return LocalPartyFactory(name="Twentse Kern")


@pytest.fixture
def other_party(db):
    return LocalPartyFactory(name="Zeeuws Getij")


@pytest.fixture
def anne(party):
    return forum_member("anne@example.org", "Anne Jansen", party)


@pytest.fixture
def bram(other_party):
    return forum_member("bram@example.org", "Bram de Boer", other_party)


@pytest.fixture
def algemeen(db):
    return Category.objects.get(slug="algemeen")


def logged_in(user):
    from django.test import Client

    client = Client()
    assert client.login(email=user.email, password=PASSWORD)
    return client


@pytest.fixture
def anne_client(anne):
    return logged_in(anne)


@pytest.fixture
def bram_client(bram):
    return logged_in(bram)
