"""The English path, a member's prefilled form and Mijn Kennispunt panel, export and erasure,
the staff dashboard, and FAQ entries in both languages' search."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.registry import erase_member, member_data
from helpdesk.factories import FAQEntryPageFactory, QuestionFactory
from helpdesk.models import Question
from parties.factories import LocalPartyFactory, MembershipFactory
from parties.models import MembershipStatus
from tests.accounts.helpers import make_member
from tests.helpdesk.conftest import question_data, solved
from tests.sections import translate

pytestmark = pytest.mark.django_db


def test_the_english_form_mails_and_links_in_english(
    client, helpdesk, topic, smtp_server, database_tasks, worker
):
    form = client.get("/en/helpdesk/vraag/")
    assert form.status_code == 200 and 'lang="en"' in form.content.decode()
    assert "Ask the helpdesk" in form.content.decode()
    english_topic = topic.get_translation(helpdesk["en"].locale)
    data = question_data(english_topic, altcha=solved(form))
    response = client.post("/en/helpdesk/vraag/", data)
    assert response.status_code == 302 and response["Location"].startswith("/en/helpdesk/")
    question = Question.objects.get()
    assert question.language == "en"
    worker()
    [mail] = smtp_server.messages
    assert mail["Subject"] == f"Your question has been received ({question.reference})"
    assert "http://testserver/en/helpdesk/status/?t=" in mail.get_body(("plain",)).get_content()


def test_a_member_finds_the_form_filled_in_and_the_question_in_mijn_kennispunt(
    client, helpdesk, topic
):
    user = make_member("sanne@example.org")
    party = LocalPartyFactory(name="Gemeentebelangen Oost")
    MembershipFactory(user=user, party=party, role="raadslid", status=MembershipStatus.APPROVED)
    client.force_login(user)
    form = client.get("/helpdesk/vraag/")
    initial = form.context["form"].initial
    assert initial == {
        "name": "Sanne de Vries",
        "email": "sanne@example.org",
        "party": party.pk,
        "role": "raadslid",
    }
    data = question_data(topic, altcha=solved(form), email="sanne@example.org", party=party.pk)
    assert client.post("/helpdesk/vraag/", data).status_code == 302
    question = Question.objects.get()
    assert question.user == user and question.party == party
    home = client.get("/mijn/")
    assert "Mijn vragen" in home.content.decode()
    assert question.reference in home.content.decode()

    exported = member_data(user)["helpdesk_questions"]
    assert [item["reference"] for item in exported] == [question.reference]
    erase_member(user)
    assert not Question.objects.exists()


def test_the_dashboard_counts_open_questions_and_highlights_overdue_ones(admin_client, db):
    QuestionFactory(reference="KP-2026-0007")
    old = QuestionFactory(reference="KP-2026-0003")
    Question.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=14))
    QuestionFactory(reference="KP-2026-0009", suspected_spam=True)
    page = admin_client.get("/admin/").content.decode()
    assert "Langer dan 5 werkdagen open" in page
    panel = page[page.index("helpdesk-panel-heading") :]
    assert "KP-2026-0003" in panel and "KP-2026-0007" not in panel.split("werkdagen open")[1]
    assert "1 verdachte vraag om te bekijken" in panel


def test_faq_entries_are_found_in_both_languages(client, helpdesk, topic):
    entry = FAQEntryPageFactory(
        parent=helpdesk["faq"],
        title="Mogen we contributie vragen aan jongerenleden?",
        answer="<p>Ja, een lage contributie voor jongerenleden mag.</p>",
        topic=topic,
    )
    entry.save_revision().publish()
    english = translate(
        entry,
        title="May we charge youth members a fee?",
        slug="youth-fee",
        answer="<p>Yes, a low fee for youth members is allowed.</p>",
    )
    dutch = client.get("/zoeken/", {"q": "contributie jongerenleden"}).content.decode()
    assert entry.url in dutch
    found = client.get("/en/search/", {"q": "youth members fee"}).content.decode()
    assert english.url in found
    topic_page = client.get(english.topic.localized.url if english.topic else "/en/").content
    assert b"May we charge youth members a fee?" in topic_page
