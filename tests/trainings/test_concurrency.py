"""Two people taking the last seat at the same moment: exactly one gets it (PostgreSQL's row
locks; SQLite serialises writers anyway).

The threads have connections of their own, so the session must be committed: the test runs in
autocommit outside pytest-django's transaction, and removes what it made (a transactional test
would flush the small site every other test uses)."""

import threading

import pytest
from django.db import connection, connections

from parties.factories import LocalPartyFactory
from tests.sections import home
from trainings import seats
from trainings.factories import (
    TrainingIndexPageFactory,
    TrainingPageFactory,
    TrainingSessionFactory,
)
from trainings.models import Registration, RegistrationStatus

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="DATABASE_URL does not point at PostgreSQL"
    ),
]


@pytest.fixture
def committed(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        made = []
        yield made
        for obj in reversed(made):
            obj.delete()


def test_two_sign_ups_for_the_last_seat_give_exactly_one_seat(committed):
    index = TrainingIndexPageFactory(parent=home("nl"))
    committed.append(index)
    training = TrainingPageFactory(parent=index)
    session = TrainingSessionFactory(training=training, capacity=1)
    party = LocalPartyFactory()
    committed.extend([party.province, *party.municipalities.all(), party])
    barrier = threading.Barrier(2)
    errors = []

    def sign_up(number):
        try:
            barrier.wait(timeout=10)
            seats.register(
                session,
                email=f"deelnemer{number}@example.org",
                name=f"Deelnemer {number}",
                party=party,
                role="lid",
                language="nl",
            )
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections["default"].close()

    threads = [threading.Thread(target=sign_up, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    statuses = sorted(Registration.objects.filter(session=session).values_list("status", flat=True))
    Registration.objects.filter(session=session).delete()
    assert statuses == [RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING]
