"""Staff's page per session in the admin: a message to all participants and a move from the
waiting list by hand (both mailed by the real worker over real SMTP), attendance, the CSV
export of the session, and the yearly report, which keeps its figures after retention."""

import datetime

import pytest
from django.utils import timezone

from jobs.registry import retention_purges
from parties.factories import LocalPartyFactory, ProvinceFactory
from tests.trainings.conftest import add_session
from trainings import seats
from trainings.models import Registration, RegistrationStatus
from trainings.report import yearly_report

pytestmark = pytest.mark.django_db


def sign_up(session, email, party=None, name="Deelnemer"):
    return seats.register(session, email=email, name=name, party=party, role="lid", language="nl")


def text(message):
    return "".join(
        part.get_payload(decode=True).decode()
        for part in message.walk()
        if part.get_content_type() == "text/plain"
    )


def session_url(session):
    return f"/admin/trainings/sessions/{session.pk}/"


def test_staff_message_goes_to_every_participant_through_the_worker(
    editor_client, session, party, smtp_server, database_tasks, worker
):
    sign_up(session, "een@example.org", party)
    sign_up(session, "twee@example.org", party)
    waiting = sign_up(session, "wacht@example.org", party)
    assert waiting.status == RegistrationStatus.WAITING
    page = editor_client.get(session_url(session))
    assert page.status_code == 200
    assert (
        "een@example.org" in page.content.decode() and "wacht@example.org" in page.content.decode()
    )
    response = editor_client.post(
        session_url(session),
        {"action": "message", "subject": "Andere zaal", "body": "We zitten in zaal 3.\nTot dan!"},
    )
    assert response.status_code == 302
    assert not smtp_server.messages  # stored, sent by the worker
    worker()
    assert sorted(m["To"] for m in smtp_server.messages) == ["een@example.org", "twee@example.org"]
    assert all(m["Subject"].endswith("Andere zaal") or "Andere zaal" in m["Subject"]
               for m in smtp_server.messages)  # fmt: skip
    assert "We zitten in zaal 3." in text(smtp_server.messages[0])


def test_a_message_without_subject_is_a_dutch_form_error(editor_client, session):
    response = editor_client.post(session_url(session), {"action": "message", "body": "Hallo"})
    assert response.status_code == 400
    assert "Geef het bericht een onderwerp." in response.content.decode()


def test_staff_move_someone_from_the_waiting_list_with_the_promotion_mail(
    editor_client, session, party, smtp_server, database_tasks, worker
):
    for number in range(2):
        sign_up(session, f"p{number}@example.org", party)
    first = sign_up(session, "eerste@example.org", party)
    second = sign_up(session, "tweede@example.org", party, name="Tweede")
    response = editor_client.post(f"/admin/trainings/sessions/promote/{second.pk}/")
    assert response.status_code == 302 and response["Location"].endswith(session_url(session))
    second.refresh_from_db()
    first.refresh_from_db()
    assert second.status == RegistrationStatus.CONFIRMED and second.position is None
    assert first.status == RegistrationStatus.WAITING
    worker()
    [mail] = smtp_server.messages
    assert mail["To"] == "tweede@example.org"
    assert "plaats" in mail["Subject"].lower() and "vrijgekomen" in mail["Subject"]
    again = editor_client.post(f"/admin/trainings/sessions/promote/{second.pk}/", follow=True)
    assert "niet (meer) op de wachtlijst" in again.content.decode()
    assert editor_client.get(f"/admin/trainings/sessions/promote/{second.pk}/").status_code == 405


def test_attendance_is_marked_per_session_and_exported(editor_client, training, party):
    past = add_session(training, start=timezone.now() - datetime.timedelta(days=2))
    here = Registration.objects.create(
        session=past, email="er@example.org", name="Aanwezig", party=party, status="confirmed"
    )
    away = Registration.objects.create(
        session=past, email="weg@example.org", name="Afwezig", party=party, status="confirmed"
    )
    response = editor_client.post(session_url(past), {"action": "attendance", "present": [here.pk]})
    assert response.status_code == 302
    here.refresh_from_db()
    away.refresh_from_db()
    assert here.attended is True and away.attended is False
    export = editor_client.get(f"/admin/trainings/registrations/?session={past.pk}&export=csv")
    rows = b"".join(export.streaming_content).decode()
    assert "er@example.org" in rows and "weg@example.org" in rows
    assert editor_client.get("/admin/trainings/sessions/").status_code == 200


def test_session_pages_are_for_staff_only(client, session, new_user):
    client.force_login(new_user)
    assert client.get(session_url(session)).status_code in (302, 403)
    assert client.get("/admin/trainings/report/").status_code in (302, 403)


def test_yearly_report_keeps_its_figures_after_retention(editor_client, training):
    utrecht = ProvinceFactory(code="PV26", name="Utrecht")
    groningen = ProvinceFactory(code="PV20", name="Groningen")
    parties = [LocalPartyFactory(province=utrecht), LocalPartyFactory(province=utrecht)]
    parties.append(LocalPartyFactory(province=groningen))
    old = add_session(training, start=timezone.now() - datetime.timedelta(days=800))
    recent = add_session(training, start=timezone.now() - datetime.timedelta(days=5))
    people = [(old, parties[0]), (old, parties[0]), (old, parties[1]), (old, parties[2])]
    people += [(recent, parties[2])]
    for number, (session, party) in enumerate(people):
        Registration.objects.create(
            session=session, email=f"p{number}@example.org", name=f"P{number}",
            party=party, status="confirmed",
        )  # fmt: skip
    Registration.objects.create(
        session=old, email="absent@example.org", party=parties[0], status="confirmed",
        attended=False,
    )  # fmt: skip
    Registration.objects.create(
        session=old, email="gestopt@example.org", party=parties[1], status="cancelled"
    )
    before = yearly_report()
    [purge] = [p for p in retention_purges() if p.name == "trainings.registrations"]
    assert purge.purge(timezone.now() - datetime.timedelta(days=purge.days())) == 6
    assert not Registration.objects.filter(session=old).exclude(email="").exists()
    after = yearly_report()
    assert after == before
    old_year = next(year for year in after if year["year"] == old.start.astimezone().year)
    assert (old_year["parties"], old_year["people"]) == (3, 4)
    assert {row["province"]: (row["parties"], row["people"]) for row in old_year["provinces"]} == {
        "Groningen": (1, 1),
        "Utrecht": (2, 3),
    }
    page = editor_client.get("/admin/trainings/report/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Utrecht" in html and "Groningen" in html and "jaaroverzicht" in html
    assert "p0@example.org" not in html


def test_registrations_are_not_added_by_hand_but_edited(editor_client, session):
    listing = editor_client.get("/admin/trainings/registrations/")
    assert listing.status_code == 200
    assert "/admin/trainings/registrations/new/" not in listing.content.decode()
    refused = editor_client.post("/admin/trainings/registrations/new/", {"attended": "on"})
    assert refused.status_code in (302, 403)
    assert not Registration.objects.filter(session__isnull=True).exists()
    registration = sign_up(session, "lid@example.org")
    edit = editor_client.get(f"/admin/trainings/registrations/edit/{registration.pk}/")
    assert edit.status_code == 200
