"""Sign-up through the training page: seats, the waiting list, confirm and cancel links, and
the mails they send, through the real task worker and a real SMTP server."""

import re

import icalendar
import pytest

from tests.trainings.conftest import add_session, sign_up_data
from trainings.models import Registration, RegistrationStatus

pytestmark = pytest.mark.django_db


def sign_up_url(session):
    return f"/trainingen/bijeenkomst/{session.pk}/aanmelden/"


def mails(smtp_server):
    return list(smtp_server.messages)


def link(message, word):
    body = "".join(
        part.get_payload(decode=True).decode()
        for part in message.walk()
        if part.get_content_type() == "text/plain"
    )
    return re.search(rf"https?://\S+/{word}/\S+/", body).group(0)


def test_member_signs_up_in_one_step_and_gets_the_ics(
    client, member, session, smtp_server, database_tasks, worker
):
    client.force_login(member)
    response = client.post(sign_up_url(session))
    assert response.status_code == 200
    registration = Registration.objects.get(session=session)
    assert registration.status == RegistrationStatus.CONFIRMED
    worker()
    [message] = smtp_server.messages
    parsed = message
    attachments = [p for p in parsed.walk() if p.get_content_type() == "text/calendar"]
    calendar = icalendar.Calendar.from_ical(attachments[0].get_payload(decode=True))
    [event] = calendar.walk("VEVENT")
    assert str(event["UID"]).startswith(f"training-session-{session.uid}")
    assert "afmelden" in "".join(
        p.get_payload(decode=True).decode()
        for p in parsed.walk()
        if p.get_content_type() == "text/plain"
    )


def test_full_session_puts_people_on_the_waiting_list_and_a_cancel_moves_it_up(
    client, party, session, smtp_server, database_tasks, worker
):
    for number in range(3):
        response = client.post(sign_up_url(session), sign_up_data(f"p{number}@example.org", party))
        assert response.status_code == 200
    pending = Registration.objects.filter(status=RegistrationStatus.PENDING)
    assert pending.count() == 3
    worker()
    confirm_links = sorted((link(m, "bevestigen") for m in mails(smtp_server)), key=lambda url: url)
    for registration in pending.order_by("pk"):
        assert client.get(f"/trainingen/bevestigen/{registration.token}/").status_code == 200
        client.post(f"/trainingen/bevestigen/{registration.token}/")
    statuses = list(Registration.objects.order_by("pk").values_list("status", "position"))
    assert statuses == [("confirmed", None), ("confirmed", None), ("waiting", 1)]
    assert len(confirm_links) == 3
    first = Registration.objects.order_by("pk").first()
    smtp_server.messages.clear()
    client.post(f"/trainingen/afmelden/{first.token}/")
    worker()
    last = Registration.objects.order_by("pk").last()
    assert last.status == RegistrationStatus.CONFIRMED
    subjects = [m["Subject"] for m in mails(smtp_server)]
    assert any("vrijgekomen" in subject for subject in subjects)


def test_double_sign_up_full_cancelled_and_forged_links_get_clear_messages(
    client, member, training, session
):
    client.force_login(member)
    client.post(sign_up_url(session))
    again = client.post(sign_up_url(session))
    assert again.status_code == 409 and "al aangemeld" in again.content.decode()
    assert client.get("/trainingen/afmelden/vervalst/").status_code == 404
    assert client.post("/trainingen/bevestigen/vervalst/").status_code == 404
    session.status = "cancelled"
    session.save()
    other = client.post(sign_up_url(session))
    assert other.status_code == 409 and "gaat niet door" in other.content.decode()
    assert Registration.objects.count() == 1


def test_invalid_email_and_ineligible_party_are_dutch_form_errors(client, session, party):
    response = client.post(sign_up_url(session), sign_up_data("geen-adres", party))
    assert response.status_code == 400
    assert "geldig e-mailadres" in response.content.decode()
    party.eligible = False
    party.save()
    response = client.post(sign_up_url(session), sign_up_data("anna@example.org", party))
    assert response.status_code == 400 and "Tweede Kamer" in response.content.decode()
    assert not Registration.objects.exists()


def test_honeypot_stores_nothing(client, session, party):
    response = client.post(sign_up_url(session), sign_up_data(party=party, website="spam"))
    assert response.status_code == 429
    assert not Registration.objects.exists()


def test_staff_cancelling_a_session_tells_everyone_and_the_feed_says_cancelled(
    client, member, training, session, smtp_server, database_tasks, worker
):
    client.force_login(member)
    client.post(sign_up_url(session))
    worker()
    smtp_server.messages.clear()
    session.status = "cancelled"
    session.save()
    session.refresh_from_db()
    assert session.sequence == 1
    worker()
    assert any("niet door" in m["Subject"] for m in mails(smtp_server))
    client.logout()
    feed = icalendar.Calendar.from_ical(client.get("/trainingen/agenda.ics").content)
    [event] = feed.walk("VEVENT")
    assert str(event["STATUS"]) == "CANCELLED" and int(event["SEQUENCE"]) == 1


def test_reminder_goes_once_the_day_before(member, training, smtp_server, database_tasks, worker):
    import datetime

    from django.utils import timezone

    from trainings import seats
    from trainings.wagtail_hooks import send_reminders

    soon = add_session(training, start=timezone.now() + datetime.timedelta(hours=20))
    seats.register(
        soon, email=member.email, name="Lid", party=None, role="lid", language="nl", user=member
    )
    assert send_reminders() == "1 reminders"
    assert send_reminders() == "0 reminders"
    worker()
    assert any("Herinnering" in m["Subject"] for m in mails(smtp_server))
