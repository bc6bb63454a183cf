import pytest

from parties.factories import LocalPartyFactory, MembershipFactory, UserFactory
from parties.models import MembershipStatus
from tests.sections import home
from trainings.factories import (
    TrainingIndexPageFactory,
    TrainingPageFactory,
    TrainingSessionFactory,
)


@pytest.fixture
def agenda_page(db):
    return TrainingIndexPageFactory(parent=home("nl"))


@pytest.fixture
def training(agenda_page):
    page = TrainingPageFactory(parent=agenda_page, title="Ledenwerving in de praktijk")
    return page


def add_session(training, **fields):
    session = TrainingSessionFactory.build(**fields)
    session.training = training
    session.save()
    return session


@pytest.fixture
def session(training):
    return add_session(training, capacity=2)


@pytest.fixture
def party(db):
    return LocalPartyFactory(name="Lokaal Belang")


@pytest.fixture
def member(party):
    membership = MembershipFactory(party=party, status=MembershipStatus.APPROVED)
    return membership.user


def sign_up_data(email="anna@example.org", party=None, **extra):
    return {
        "name": "Anna de Vries",
        "email": email,
        "party": party.pk,
        "role": "bestuurslid",
        **extra,
    }


@pytest.fixture
def new_user(db):
    return UserFactory()
