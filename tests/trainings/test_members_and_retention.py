"""Mijn Kennispunt's panel, the AVG export and erasure, the retention purge that keeps the
counts, and the request form for a training on request."""

import datetime

import pytest
from django.utils import timezone

from accounts.registry import erase_member, member_data
from jobs.registry import retention_purges
from tests.trainings.conftest import add_session
from trainings import seats
from trainings.models import Registration, TrainingRequest

pytestmark = pytest.mark.django_db


def test_member_panel_lists_upcoming_trainings_with_a_cancel_link(client, member, session):
    registration = seats.register(
        session, email=member.email, name="Lid", party=None, role="lid", language="nl", user=member
    )
    client.force_login(member)
    page = client.get("/mijn/").content.decode()
    assert "Mijn trainingen" in page
    assert f"/trainingen/afmelden/{registration.token}/" in page
    assert member_data(member)["trainings"][0]["email"] == member.email


def test_erasure_blanks_the_registration_but_keeps_it_for_the_counts(member, session):
    seats.register(
        session, email=member.email, name="Lid", party=None, role="lid", language="nl", user=member
    )
    erase_member(member)
    registration = Registration.objects.get()
    assert (
        registration.email == ""
        and registration.user is None
        and registration.status == "confirmed"
    )


def test_retention_purge_removes_personal_data_after_the_period(settings, member, party, training):
    past = add_session(training, start=timezone.now() - datetime.timedelta(days=500))
    recent = add_session(training, start=timezone.now() - datetime.timedelta(days=10))
    for session in (past, recent):
        Registration.objects.create(
            session=session,
            email=member.email,
            name="Lid",
            party=party,
            status="confirmed",
            attended=True,
        )
    [purge] = [p for p in retention_purges() if p.name == "trainings.registrations"]
    assert purge.days() == 365
    assert purge.purge(timezone.now() - datetime.timedelta(days=purge.days())) == 1
    old = Registration.objects.get(session=past)
    assert old.email == "" and old.name == "" and old.party == party and old.attended
    assert Registration.objects.get(session=recent).email == member.email


def test_request_form_stores_and_mails_staff(
    client, agenda_page, party, smtp_server, database_tasks, worker
):
    response = client.get("/trainingen/aanvragen/")
    assert response.status_code == 200
    bad = client.post(
        "/trainingen/aanvragen/", {"party": party.pk, "name": "Piet", "email": "fout"}
    )
    assert bad.status_code == 400 and "geldig e-mailadres" in bad.content.decode()
    good = client.post(
        "/trainingen/aanvragen/",
        {
            "party": party.pk,
            "name": "Piet",
            "email": "piet@example.org",
            "needs": "Ledenwerving",
            "participants": 12,
        },
    )
    assert good.status_code == 200
    assert TrainingRequest.objects.get().participants == 12
    worker()
    [message] = smtp_server.messages
    assert "training op maat" in message["Subject"].lower()
    assert message["Reply-To"] == "piet@example.org"


def test_staff_list_participants_and_export_them_as_csv(editor_client, member, session):
    seats.register(
        session,
        email=member.email,
        name="Lid Een",
        party=None,
        role="lid",
        language="nl",
        user=member,
    )
    listing = editor_client.get("/admin/trainings/registrations/")
    assert listing.status_code == 200 and "Lid Een" in listing.content.decode()
    export = editor_client.get("/admin/trainings/registrations/?export=csv")
    assert export.status_code == 200
    assert "Lid Een" in b"".join(export.streaming_content).decode()
    assert editor_client.get("/admin/trainings/requests/").status_code == 200
