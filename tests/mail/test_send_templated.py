"""mail.messages.send_templated against a real SMTP server on loopback: both parts, the
recipient's language, the headers; a refusing or absent server loses nothing and never raises
into the caller; the database backend retries until the server takes it, and sends it once."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from home.models import SiteSettings
from mail.messages import send_templated
from mail.models import OutgoingMessage
from mail.tasks import send_message
from tests.task_worker import run_worker

pytestmark = pytest.mark.django_db
NOTICE = {"title": "Uw aanmelding is binnen", "body": "We nemen contact op.", "link": None}


@pytest.fixture
def contact(db):
    settings_row = SiteSettings.load()
    settings_row.contact_email = "info@kennispunt.example"
    settings_row.contact_phone = "030 123 45 67"
    settings_row.save()
    return settings_row


def send(capture, **kwargs):
    arguments = {"to": "Anna de Vries <anna@partij.example>", "language": "nl", "context": NOTICE}
    with capture(execute=True):
        return send_templated("mail/notice", **{**arguments, **kwargs})


def test_the_message_arrives_with_both_parts_and_the_right_headers(
    smtp_server, contact, django_capture_on_commit_callbacks, settings
):
    stored = send(django_capture_on_commit_callbacks, reply_to="Helpdesk <helpdesk@kp.example>")
    [message] = smtp_server.messages
    # Python folds a long encoded subject right after "Subject:"; readers drop that space.
    subject = message["Subject"].strip()
    assert subject == "Uw aanmelding is binnen · Kennispunt Lokale Politieke Partijen"
    assert message["To"] == "Anna de Vries <anna@partij.example>"
    assert message["From"] == settings.DEFAULT_FROM_EMAIL
    assert message["Reply-To"] == "Helpdesk <helpdesk@kp.example>"
    assert message["Message-ID"] == stored.message_id
    assert stored.message_id.endswith("@testserver>")
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    assert text.startswith("Beste lezer,") and "We nemen contact op." in text
    assert "info@kennispunt.example" in text and "030 123 45 67" in text
    assert "<h1" in html and "Uw aanmelding is binnen" in html and 'lang="nl"' in html
    assert "mailto:info@kennispunt.example" in html
    assert smtp_server.envelopes == [
        (settings.DEFAULT_FROM_EMAIL.split("<")[1][:-1], ["anna@partij.example"])
    ]
    stored.refresh_from_db()
    assert stored.status == OutgoingMessage.Status.SENT and stored.attempts == 1


def test_english_recipients_get_english(smtp_server, contact, django_capture_on_commit_callbacks):
    send(django_capture_on_commit_callbacks, language="en", context={**NOTICE, "title": "Welcome"})
    [message] = smtp_server.messages
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    assert text.startswith("Dear reader,") and "Questions?" in text
    assert 'lang="en"' in html and "Dear reader," in html


def test_attachments_travel_with_the_message(smtp_server, django_capture_on_commit_callbacks):
    send(django_capture_on_commit_callbacks, attachments=[("agenda.txt", "punt 1", "text/plain")])
    [message] = smtp_server.messages
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "agenda.txt" and attachment.get_content() == "punt 1"


def test_a_bad_address_is_refused_before_anything_is_stored():
    with pytest.raises(ValueError, match="Not an e-mail address"):
        send_templated("mail/notice", to="geen adres", language="nl", context=NOTICE)
    assert not OutgoingMessage.objects.exists()


def test_a_refusing_server_never_raises_into_the_caller_and_keeps_the_message(
    smtp_server, django_capture_on_commit_callbacks
):
    smtp_server.refuse = True
    stored = send(django_capture_on_commit_callbacks)  # no exception
    stored.refresh_from_db()
    assert smtp_server.refused == 1 and not smtp_server.messages
    assert stored.status == OutgoingMessage.Status.QUEUED and "451" in stored.error


def test_a_server_that_is_down_never_raises_into_the_caller(
    smtp_server, django_capture_on_commit_callbacks
):
    smtp_server.stop()
    stored = send(django_capture_on_commit_callbacks)
    stored.refresh_from_db()
    assert stored.status == OutgoingMessage.Status.QUEUED and "Connection" in stored.error


def make_due(message):
    DBTaskResult.objects.filter(args_kwargs__args=[message.pk]).update(
        run_after=timezone.now() - timedelta(seconds=1)
    )


def test_on_the_database_backend_a_down_server_means_retries_until_it_is_back(
    smtp_server, database_tasks
):
    smtp_server.stop()
    stored = send_templated("mail/notice", to="anna@partij.example", language="nl", context=NOTICE)
    run_worker()
    task = DBTaskResult.objects.get(task_path="mail.tasks.send_message")
    assert task.status == TaskResultStatus.READY and task.run_after > timezone.now()
    stored.refresh_from_db()
    assert stored.status == OutgoingMessage.Status.QUEUED and stored.attempts == 1
    smtp_server.refuse = True
    smtp_server.start()
    make_due(stored)
    run_worker()
    assert smtp_server.refused == 1
    smtp_server.refuse = False
    make_due(stored)
    run_worker()
    assert len(smtp_server.messages) == 1
    task.refresh_from_db()
    stored.refresh_from_db()
    assert task.status == TaskResultStatus.SUCCESSFUL and stored.status == "sent"
    assert stored.attempts == 3


def test_one_enqueue_never_sends_twice(smtp_server, database_tasks):
    stored = send_templated("mail/notice", to="anna@partij.example", language="nl", context=NOTICE)
    send_message.enqueue(stored.pk)  # a duplicate task for the same message
    run_worker()
    assert len(smtp_server.messages) == 1
    results = set(DBTaskResult.objects.values_list("return_value", flat=True))
    assert results == {"sent", "already sent"}


def test_after_the_last_attempt_the_message_is_failed_and_staff_can_resend_it(
    smtp_server, database_tasks, admin_client
):
    database_tasks.MAIL_ATTEMPTS = 2
    smtp_server.refuse = True
    stored = send_templated("mail/notice", to="anna@partij.example", language="nl", context=NOTICE)
    run_worker()
    make_due(stored)
    run_worker()
    stored.refresh_from_db()
    task = DBTaskResult.objects.get(task_path="mail.tasks.send_message")
    assert stored.status == OutgoingMessage.Status.FAILED
    assert task.status == TaskResultStatus.FAILED and "451" in task.traceback
    smtp_server.refuse = False
    admin_client.post(f"/admin/reports/failed-tasks/{task.pk}/retry/")
    run_worker()
    stored.refresh_from_db()
    assert stored.status == OutgoingMessage.Status.SENT and len(smtp_server.messages) == 1
