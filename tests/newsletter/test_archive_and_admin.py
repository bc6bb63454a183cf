"""The archive, an issue page, the feeds and the API; the subscribers' CSV in the admin; the
member panel with AVG export and erasure."""

import xml.etree.ElementTree as ET

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail import hooks

from accounts.registry import erase_member, member_data
from newsletter.factories import SubscriberFactory
from newsletter.models import Subscriber
from newsletter.trainings import HOOK
from tests.html import assert_accessible_page, parse

from .helpers import body, fake_trainings, make_archive, make_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive():
    return make_archive()


def test_archive_lists_issues_newest_first_with_the_sign_up_form(client, archive):
    import datetime

    for month in (9, 10, 11):
        make_issue(
            archive,
            title=f"Nieuwsbrief {month}",
            slug=f"nb-{month}",
            date=datetime.date(2026, month, 1),
        )
    soup = assert_accessible_page(client.get("/nieuwsbrieven/"))
    titles = [a.get_text(strip=True) for a in soup.select(".card h3 a")]
    assert titles == ["Nieuwsbrief 11", "Nieuwsbrief 10", "Nieuwsbrief 9"]
    assert soup.select_one("main form.newsletter-signup")["action"] == "/nieuwsbrief/aanmelden/"
    rss = ET.fromstring(client.get("/nieuwsbrieven/feed/").content).find("channel")
    assert [i.findtext("title") for i in rss.findall("item")][0] == "Nieuwsbrief 11"
    atom = client.get("/nieuwsbrieven/atom/")
    assert atom.status_code == 200 and b"<entry>" in atom.content


def test_an_unsent_issue_shows_todays_agenda_and_its_blocks(client, archive, demo_guide):
    issue = make_issue(
        archive,
        body=body(
            ("introduction", "<p>Beste lezer, welkom.</p>"),
            ("guides", {"heading": "Uitgelicht", "pages": [demo_guide.pk]}),
            ("trainings", {"heading": "Trainingen", "limit": 1}),
        ),
    )
    with hooks.register_temporarily(HOOK, fake_trainings):
        soup = assert_accessible_page(client.get(issue.url))
    text = soup.get_text()
    assert "Beste lezer, welkom." in text and demo_guide.title in text
    assert "Webinar integriteit" in text and "Training campagne voeren" not in text  # soonest
    without_hook = parse(client.get(issue.url)).get_text()
    assert "geen trainingen gepland" in without_hook


def test_issues_are_in_the_api(client, archive):
    make_issue(archive, title="Nieuwsbrief API")
    response = client.get(
        "/api/v2/pages/", {"type": "newsletter.NewsletterIssuePage", "fields": "*"}
    )
    assert response.status_code == 200
    [item] = response.json()["items"]
    assert item["title"] == "Nieuwsbrief API" and item["sent_trainings"] is None


CSV_GOOD = (
    "email,name,language,consent_at,party\n"
    "een@example.nl,Een,nl,2024-03-01,\n"
    "two@example.nl,Two,en,2023-11-15T10:00,\n"
)
CSV_BAD = (
    "email;name;language;consent_at\n"
    "goed@example.nl;Goed;nl;01-03-2024\n"
    "geen-adres;Fout;nl;2024-03-01\n"
    "ook@example.nl;Ook;fr;2024-03-01\n"
    "laat@example.nl;Laat;nl;gisteren\n"
)


def upload(client, text):
    file = SimpleUploadedFile("abonnees.csv", text.encode(), content_type="text/csv")
    return client.post("/admin/newsletter/subscribers/import/", {"file": file})


def test_csv_import_with_bad_rows_reports_their_lines_and_imports_nothing(editor_client):
    response = upload(editor_client, CSV_BAD)
    assert response.status_code == 400
    rows = [
        [cell.get_text(strip=True) for cell in row.select("td")]
        for row in parse(response).select("#import-errors tbody tr")
    ]
    assert [line for line, _message in rows] == ["3", "4", "5"]
    assert "geen e-mailadres" in rows[0][1] and "fr" in rows[1][1]
    assert not Subscriber.objects.exists()


def test_csv_import_adds_confirmed_subscribers_and_export_gives_them_back(editor_client):
    response = upload(editor_client, CSV_GOOD)
    assert response.status_code == 302
    one = Subscriber.objects.get(email="een@example.nl")
    assert one.status == "confirmed" and one.consent_at.date().isoformat() == "2024-03-01"
    assert Subscriber.objects.get(email="two@example.nl").language == "en"
    assert upload(editor_client, CSV_GOOD).status_code == 302  # again: updated, not doubled
    assert Subscriber.objects.count() == 2
    export = editor_client.get("/admin/newsletter/subscribers/export/")
    lines = export.content.decode().splitlines()
    assert lines[0].startswith("email,name,language,consent_at")
    assert lines[1].startswith("een@example.nl,Een,nl,2024-03-01")
    listing = editor_client.get("/admin/newsletter/subscribers/")
    assert listing.status_code == 200 and "een@example.nl" in listing.content.decode()


def test_a_member_sees_the_subscription_and_it_is_exported_and_erased(client, django_user_model):
    member = django_user_model.objects.create_user("lid", "lid@example.nl", "x")
    SubscriberFactory(email="lid@example.nl")
    client.force_login(member)
    page = client.get("/mijn/")
    assert page.status_code == 200
    assert "Mijn nieuwsbrief" in page.content.decode()
    assert member_data(member)["newsletter_subscriptions"][0]["status"] == "confirmed"
    erase_member(member)
    assert not Subscriber.objects.filter(email="lid@example.nl").exists()


def test_the_send_page_needs_publish_permission(client, archive, django_user_model):
    issue = make_issue(archive)
    plain = django_user_model.objects.create_user("redacteur", "r@example.nl", "x")
    client.force_login(plain)
    assert client.get(f"/admin/newsletter/issue/{issue.pk}/send/").status_code in (302, 403)
