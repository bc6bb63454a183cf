"""Spam paths (honeypot, no proof of work, a replayed one, the rate limit), bad attachments,
attachments only for staff, and the retention purge."""

import io
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from helpdesk.factories import QuestionFactory
from helpdesk.models import Question, Status
from helpdesk.storage import private_storage
from jobs.retention import purge_expired
from tests.helpdesk.conftest import question_data, solved

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "#00305e").save(buffer, "PNG")
    return buffer.getvalue()


def post(client, topic, **changes):
    form = client.get("/helpdesk/vraag/")
    data = question_data(topic, altcha=solved(form))
    data.update(changes)
    return client.post("/helpdesk/vraag/", data)


def test_a_filled_honeypot_keeps_the_question_apart_without_mail(
    client, admin_client, helpdesk, topic, smtp_server, database_tasks, worker
):
    response = post(client, topic, website="http://spam.example")
    assert response.status_code == 302
    question = Question.objects.get()
    assert question.suspected_spam and question.spam_reason == "honeypot"
    worker()
    assert smtp_server.messages == []
    inbox = admin_client.get(reverse("helpdesk_question:index")).content.decode()
    assert question.reference not in inbox
    spam = admin_client.get(reverse("helpdesk_question:index"), {"suspected_spam": "true"})
    assert question.reference in spam.content.decode()


def test_without_proof_of_work_the_question_is_kept_and_staff_can_release_it(
    client, admin_client, helpdesk, topic, smtp_server, database_tasks, worker
):
    response = client.post("/helpdesk/vraag/", question_data(topic, altcha=""))
    assert response.status_code == 302
    question = Question.objects.get()
    assert question.suspected_spam and question.spam_reason == "proof-of-work"
    page = client.get(response["Location"]).content.decode()
    assert "bekijken haar eerst" in page
    detail = reverse("helpdesk_question:detail", args=[question.pk])
    assert admin_client.post(detail, {"action": "release"}).status_code == 302
    worker()
    [mail] = smtp_server.messages
    assert question.reference in mail["Subject"]
    question.refresh_from_db()
    assert not question.suspected_spam


def test_a_replayed_proof_of_work_counts_once(client, helpdesk, topic):
    form = client.get("/helpdesk/vraag/")
    payload = solved(form)
    client.post("/helpdesk/vraag/", question_data(topic, altcha=payload))
    client.post("/helpdesk/vraag/", question_data(topic, altcha=payload, email="b@example.org"))
    first, second = Question.objects.order_by("created_at")
    assert not first.suspected_spam and second.suspected_spam


def test_the_rate_limit_answers_429_and_keeps_what_was_typed(client, helpdesk, topic, settings):
    settings.HELPDESK_QUESTIONS_PER_HOUR = 2
    for _ in range(2):
        assert post(client, topic).status_code == 302
    response = post(client, topic, text="Mijn derde vraag over leden.")
    assert response.status_code == 429
    body = response.content.decode()
    assert "afgelopen uur al veel vragen" in body and "Mijn derde vraag over leden." in body
    assert Question.objects.count() == 2


def test_dutch_errors_for_missing_fields_and_a_fake_pdf(client, helpdesk, topic):
    fake = SimpleUploadedFile("notulen.pdf", b"MZ\x90\x00 not a pdf", "application/pdf")
    data = question_data(topic, name="", consent="", attachment=fake)
    response = client.post("/helpdesk/vraag/", data)
    assert response.status_code == 400
    body = response.content.decode()
    assert "Vul uw naam in." in body
    assert "Geef toestemming" in body
    assert "Voeg een PDF, PNG of JPEG toe" in body
    assert 'aria-invalid="true"' in body
    assert not Question.objects.exists()


def test_attachment_is_private_and_only_staff_download_it(
    client, admin_client, helpdesk, topic, settings
):
    upload = SimpleUploadedFile("begroting.pdf", PDF, "application/pdf")
    assert post(client, topic, attachment=upload).status_code == 302
    question = Question.objects.get()
    assert question.attachment_name == "begroting.pdf"
    path = private_storage.path(question.attachment.name)
    assert not path.startswith(str(settings.MEDIA_ROOT))
    with pytest.raises(ValueError):
        question.attachment.url  # noqa: B018 - no public URL at all
    url = reverse("helpdesk_question:attachment", args=[question.pk])
    assert client.get(url).status_code in (302, 403)
    response = admin_client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"


def test_an_image_survives_the_suggestions_step(client, helpdesk, topic):
    form = client.get("/helpdesk/vraag/")
    upload = SimpleUploadedFile("foto.png", png_bytes(), "image/png")
    data = question_data(topic, altcha=solved(form), seen_suggestions="", attachment=upload)
    data["text"] = "Hoe maken we een wervingsplan voor nieuwe leden?"
    first = client.post("/helpdesk/vraag/", data)
    assert first.status_code == 200
    assert "Misschien staat het antwoord hier al" in first.content.decode()
    pending = first.context["form"].data["pending_attachment"]
    data.pop("attachment")
    data.update(seen_suggestions="1", pending_attachment=pending)
    assert client.post("/helpdesk/vraag/", data).status_code == 302
    question = Question.objects.get()
    assert question.attachment_name == "foto.png"
    with question.attachment.open("rb") as handle:
        assert handle.read() == png_bytes()


def test_retention_deletes_closed_questions_and_attachments_but_keeps_the_rest(db, settings):
    settings.HELPDESK_RETENTION_MONTHS = 24
    now = timezone.now()
    old = QuestionFactory(status=Status.CLOSED, closed_at=now - timedelta(days=24 * 31 + 2))
    old.attachment.save("oud.pdf", io.BytesIO(PDF), save=True)
    stored = old.attachment.name
    recent = QuestionFactory(status=Status.CLOSED, closed_at=now - timedelta(days=300))
    still_open = QuestionFactory(status=Status.NEW, created_at=now - timedelta(days=1000))
    summary = purge_expired(now)
    assert "helpdesk.questions: 1" in summary
    remaining = set(Question.objects.values_list("pk", flat=True))
    assert remaining == {recent.pk, still_open.pk}
    assert not private_storage.exists(stored)
