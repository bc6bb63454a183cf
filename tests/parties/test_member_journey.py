"""The whole path: sign up, the mail arrives over SMTP, verify by its link, ask to join a party,
staff approve in the admin, and the member sees their party in Mijn Kennispunt."""

import pytest
from django.urls import reverse

from parties.factories import LocalPartyFactory
from parties.models import Membership, MembershipStatus
from tests.accounts.helpers import signup_data
from tests.accounts.smtp import body, first_link

pytestmark = pytest.mark.django_db


@pytest.fixture
def party(municipalities):
    hengelo = municipalities["GM0164"]
    return LocalPartyFactory(
        name="Twentse Kern", province=hengelo.province, municipalities=[hengelo]
    )


def sign_up_and_verify(client, mailbox, email, prefix=""):
    response = client.post(f"{prefix}/account/signup/", signup_data(email))
    assert response.status_code == 302, response.content.decode()[:3000]
    mail = mailbox.wait_for(1)
    link = first_link(mail, "/account/confirm-email/")
    assert link.startswith(f"{prefix}/account/confirm-email/")
    page = client.get(link)
    assert page.status_code == 200
    response = client.post(link)
    assert response.status_code == 302
    return mail, response


def test_sign_up_verify_request_approve_and_see_the_party(
    client, admin_client, mailbox, party, django_capture_on_commit_callbacks
):
    mail, response = sign_up_and_verify(client, mailbox, "nieuw@example.org")
    assert mail["To"] == "nieuw@example.org"
    assert mail["Subject"] == "Bevestig uw e-mailadres voor Mijn Kennispunt"
    assert "drie dagen geldig" in body(mail)
    assert "<a href=" in body(mail, "html")
    assert response["Location"] == "/mijn/"

    found = client.get("/mijn/partij/", {"q": "hengelo"})
    assert "Twentse Kern" in found.content.decode()
    response = client.post(
        "/mijn/partij/",
        {"action": "register", "q": "hengelo", "party": party.pk, "role": "raadslid"},
    )
    assert response.status_code == 302
    home = client.get("/mijn/").content.decode()
    assert "Aanvraag in behandeling" in home and "Twentse Kern" in home

    membership = Membership.objects.get(user__email="nieuw@example.org")
    listing = admin_client.get(reverse("parties_membership:index")).content.decode()
    assert "nieuw@example.org" in listing
    assert reverse("parties_membership:approve", args=[membership.pk]) in listing
    approve_url = reverse("parties_membership:approve", args=[membership.pk])
    assert admin_client.get(approve_url).status_code == 200
    mailbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(approve_url, {"party": party.pk})
    assert response.status_code == 302
    approval = mailbox.wait_for(1)
    assert approval["Subject"] == "U bent aangesloten bij Twentse Kern"
    assert "raadslid van Twentse Kern" in body(approval)

    membership.refresh_from_db()
    assert membership.status == MembershipStatus.APPROVED
    home = client.get("/mijn/").content.decode()
    assert "Twentse Kern" in home and "raadslid" in home
    assert "Aanvraag in behandeling" not in home


def test_the_english_path_mails_and_links_in_english(client, mailbox, party):
    mail, response = sign_up_and_verify(client, mailbox, "english@example.org", prefix="/en")
    assert mail["Subject"] == "Confirm your e-mail address for My Kennispunt"
    assert response["Location"] == "/en/my/"
    page = client.get("/en/my/party/", {"q": "Twentse"}).content.decode()
    assert "Twentse Kern" in page and "Search for your party" in page
