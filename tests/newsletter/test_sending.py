"""The whole way with the real SMTP server and the real task worker: sign up, confirm, an issue
to 200 subscribers, one copy each, one-click unsubscribe, the next issue skips them."""

import re

import pytest
from wagtail import hooks

from newsletter.factories import SubscriberFactory
from newsletter.models import Delivery, Send, Subscriber
from newsletter.trainings import HOOK

from .helpers import fake_trainings, html_of, link_in, make_archive, make_issue, path_of, recipients

pytestmark = pytest.mark.django_db


@pytest.fixture
def mail_and_worker(settings, smtp_server, database_tasks, worker):
    settings.NEWSLETTER_SEND_RATE = 1000
    settings.NEWSLETTER_SIGNUP_LIMIT = 0
    return smtp_server, worker


def send_from_admin(client, issue, action="send"):
    return client.post(
        f"/admin/newsletter/issue/{issue.pk}/send/", {"action": action, "confirm": "yes"}
    )


def test_subscribe_confirm_send_to_200_unsubscribe_and_the_next_send_skips_them(
    client, admin_user, mail_and_worker
):
    server, run_worker = mail_and_worker
    archive = make_archive()
    response = client.post(
        "/nieuwsbrief/aanmelden/",
        {"email": "Lid@Example.NL", "language": "nl", "consent": "on", "name": "Lid"},
    )
    assert response.status_code == 302
    assert Subscriber.objects.get(email="lid@example.nl").status == "pending"
    run_worker()
    [confirmation] = server.messages
    confirm_path = path_of(link_in(confirmation, r"http://testserver/nieuwsbrief/bevestigen/\S+"))
    assert client.get(confirm_path).status_code == 200
    assert Subscriber.objects.get(email="lid@example.nl").status == "pending"  # GET alone: no
    assert "aangemeld" in client.post(confirm_path).content.decode()
    subscriber = Subscriber.objects.get(email="lid@example.nl")
    assert subscriber.status == "confirmed" and subscriber.confirmed_at
    assert "nieuwsbrief" in subscriber.consent_text
    others = SubscriberFactory.create_batch(199)
    SubscriberFactory(language="en", email="english@example.nl")
    SubscriberFactory(status=Subscriber.Status.UNSUBSCRIBED, email="weg@example.nl")

    issue = make_issue(archive, title="Nieuwsbrief december")
    client.force_login(admin_user)
    with hooks.register_temporarily(HOOK, fake_trainings):
        assert send_from_admin(client, issue).status_code == 302
    server.messages.clear()
    server.envelopes.clear()
    run_worker()

    got = recipients(server)
    assert len(got) == 200 and len(set(got)) == 200
    assert "english@example.nl" not in got and "weg@example.nl" not in got
    send = Send.objects.get(issue=issue, kind="issue")
    assert send.status == "done" and send.counts()["sent"] == 200
    mine = next(m for m in server.messages if m["To"] == "lid@example.nl")
    assert mine["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    html = html_of(mine)
    assert "style=" in html and "<style" not in html  # CSS inlined
    assert "Webinar integriteit" in html and "<img" not in html
    assert issue.url in html and "bekijk" in html.lower()
    assert "Training campagne voeren" in mine.get_body(preferencelist=("plain",)).get_content()

    one_click = re.search(r"<(\S+)>", str(mine["List-Unsubscribe"])).group(1)
    response = client.post(path_of(one_click), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    other_email = others[0].email  # factory sequences run on across the suite
    other = next(m for m in server.messages if m["To"] == other_email)
    link = link_in(other, r"http://testserver/nieuwsbrief/afmelden/\S+")
    assert client.get(path_of(link)).status_code == 200
    assert Subscriber.objects.get(email=other_email).status == "confirmed"
    client.post(path_of(link))
    assert Subscriber.objects.filter(status="unsubscribed").count() == 3

    # The archive shows the trainings as they were sent, not today's (empty) agenda.
    page = client.get(issue.url).content.decode()
    assert "Webinar integriteit" in page

    server.messages.clear()
    server.envelopes.clear()
    next_issue = make_issue(archive, title="Nieuwsbrief januari", slug="januari")
    send_from_admin(client, next_issue)
    run_worker()
    got = recipients(server)
    assert len(got) == 198 and "lid@example.nl" not in got and "abonnee0@example.nl" not in got


def test_a_test_send_goes_to_the_editor_only_and_an_issue_goes_out_once(
    client, admin_user, mail_and_worker
):
    server, run_worker = mail_and_worker
    SubscriberFactory.create_batch(3)
    issue = make_issue(make_archive())
    client.force_login(admin_user)
    send_from_admin(client, issue, action="test")
    run_worker()
    assert recipients(server) == [admin_user.email]
    page = client.get(f"/admin/newsletter/issue/{issue.pk}/send/")
    assert page.status_code == 200 and "send-row" in page.content.decode()
    send_from_admin(client, issue)
    send_from_admin(client, issue)
    run_worker()
    assert len(recipients(server)) == 1 + 3
    assert Send.objects.filter(issue=issue, kind="issue").count() == 1


def test_a_row_marked_sending_is_never_sent_again(client, admin_user, mail_and_worker):
    server, run_worker = mail_and_worker
    SubscriberFactory.create_batch(5)
    issue = make_issue(make_archive())
    client.force_login(admin_user)
    send_from_admin(client, issue)
    send = Send.objects.get(issue=issue)
    cut_off = send.deliveries.order_by("id").first()
    Delivery.objects.filter(pk=cut_off.pk).update(status="sending")  # as a killed worker left it
    run_worker()
    assert cut_off.email not in recipients(server)
    assert len(recipients(server)) == 4
    assert Send.objects.get(pk=send.pk).status == "done"
