"""The whole path with the real SMTP server and task worker: ask, the mail with the
reference, staff assign and answer in the admin, the asker receives it, staff publish it as
an FAQ, and the FAQ appears on the topic page, in the search and the API without the asker."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from helpdesk.models import EventKind, FAQEntryPage, Question, Status
from tests.helpdesk.conftest import question_data, solved

pytestmark = pytest.mark.django_db


def text_of(message):
    return message.get_body(preferencelist=("plain",)).get_content()


def ask(client, topic, prefix="", **changes):
    url = f"{prefix}/helpdesk/vraag/"
    form = client.get(url)
    assert form.status_code == 200
    assert "private" in form["Cache-Control"]
    data = question_data(topic, altcha=solved(form), **changes)
    return client.post(url, data)


def test_ask_assign_answer_publish_as_faq(
    client, admin_client, admin_user, helpdesk, topic, smtp_server, database_tasks, worker
):
    # A first submit suggests what may already answer the question; the second sends it.
    form = client.get("/helpdesk/vraag/")
    data = question_data(topic, altcha=solved(form), seen_suggestions="")
    data["text"] = "Hoe werven we nieuwe leden met een wervingsplan?"
    first = client.post("/helpdesk/vraag/", data)
    assert first.status_code == 200
    assert "Misschien staat het antwoord hier al" in first.content.decode()
    assert "/gidsen/ledenwerving/wervingsplan/" in first.content.decode()
    assert not Question.objects.exists()
    data["seen_suggestions"] = "1"
    data["text"] = "Hoe vinden we nieuwe leden voor onze afdeling? Bel me op 06-12345678."
    sent = client.post("/helpdesk/vraag/", data)
    assert sent.status_code == 302
    question = Question.objects.get()
    year = timezone.localdate().year
    assert question.reference == f"KP-{year}-0001"
    assert question.status == Status.NEW and not question.suspected_spam
    assert question.topic == topic and question.language == "nl"

    confirmation = client.get(sent["Location"])
    assert confirmation.status_code == 200
    assert question.reference in confirmation.content.decode()
    assert "private" in confirmation["Cache-Control"]

    worker()
    [received] = smtp_server.messages
    assert received["To"] == "fatima@example.org"
    assert question.reference in received["Subject"]
    assert received["Reply-To"] == "helpdesk@lokalepolitiekepartijen.nl"
    status_link = re.search(r"http://testserver(/helpdesk/status/\?t=\S+)", text_of(received))[1]
    assert client.get(status_link).status_code == 200

    # Staff find it in the inbox and assign it to a colleague, who gets a mail.
    inbox = admin_client.get(reverse("helpdesk_question:index"), {"status": "new"})
    assert question.reference in inbox.content.decode()
    colleague = get_user_model().objects.create_user(
        "jan", "jan@kennispunt.example", "x", is_staff=True, first_name="Jan"
    )
    detail = reverse("helpdesk_question:detail", args=[question.pk])
    assert admin_client.get(detail).status_code == 200
    response = admin_client.post(detail, {"action": "assign", "assignee": colleague.pk})
    assert response.status_code == 302
    admin_client.post(detail, {"action": "note", "text": "Eerst de gids nalopen."})
    worker()
    assigned = smtp_server.messages[1]
    assert assigned["To"] == "jan@kennispunt.example"
    assert question.reference in assigned["Subject"]

    answer = "Beste Fatima, begin met een wervingsplan en nodig mensen persoonlijk uit."
    response = admin_client.post(detail, {"action": "answer", "text": answer})
    assert response.status_code == 302
    worker()
    answered = smtp_server.messages[2]
    assert answered["To"] == "fatima@example.org"
    assert "wervingsplan" in text_of(answered)
    assert answered["Reply-To"] == "helpdesk@lokalepolitiekepartijen.nl"
    question.refresh_from_db()
    assert question.status == Status.ANSWERED and question.answer == answer
    kinds = list(question.events.values_list("kind", flat=True))
    assert kinds == [EventKind.RECEIVED, EventKind.ASSIGNED, EventKind.NOTE, EventKind.ANSWERED]
    assert "wervingsplan" in client.get(status_link).content.decode()

    # "Publiceer als FAQ": a draft without the asker, which staff publish.
    response = admin_client.post(reverse("helpdesk_question:faq", args=[question.pk]))
    assert response.status_code == 302
    entry = FAQEntryPage.objects.get()
    assert not entry.live and entry.topic == topic
    for private in ("Fatima", "06-12345678", "Lokaal Belang", "fatima@example.org"):
        assert private not in entry.title + entry.answer
    entry.save_revision(user=admin_user).publish(user=admin_user)

    topic_page = client.get(topic.url).content.decode()
    assert "Veelgestelde vragen" in topic_page and entry.title in topic_page
    found = client.get("/zoeken/", {"q": "nieuwe leden afdeling"}).content.decode()
    assert entry.url in found
    api = client.get("/api/v2/pages/", {"type": "helpdesk.FAQEntryPage", "fields": "*"})
    assert api.status_code == 200
    [item] = api.json()["items"]
    assert item["topic"]["slug"] == "ledenwerving"
    assert "Fatima" not in api.content.decode() and "fatima@" not in api.content.decode()
    faq_page = client.get("/helpdesk/veelgestelde-vragen/").content.decode()
    assert '"@type": "FAQPage"' in faq_page and f'id="{entry.anchor}"' in faq_page
