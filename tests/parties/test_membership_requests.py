"""Asking to join a party, and staff's refusal with a reason sent by mail."""

import pytest
from django.urls import reverse

from parties.factories import LocalPartyFactory, MembershipFactory
from parties.models import Membership, MembershipStatus, PartyStatus
from tests.accounts.helpers import PASSWORD, make_member
from tests.accounts.smtp import body

pytestmark = pytest.mark.django_db


@pytest.fixture
def party(municipalities):
    ede = municipalities["GM0228"]
    return LocalPartyFactory(name="Veluwse Stem", province=ede.province, municipalities=[ede])


@pytest.fixture
def member_client(client, db):
    user = make_member("lid@example.org")
    client.login(email=user.email, password=PASSWORD)
    client.user = user
    return client


def test_search_by_municipality_or_name_shows_only_public_parties(member_client, party):
    LocalPartyFactory(
        name="Veluwse Vroegere Lijst", province=party.province, status=PartyStatus.DISSOLVED
    )
    html = member_client.get("/mijn/partij/", {"q": "Ede"}).content.decode()
    assert "Veluwse Stem" in html and "(Ede)" in html
    html = member_client.get("/mijn/partij/", {"q": "veluwse"}).content.decode()
    assert "Veluwse Stem" in html and "Vroegere" not in html
    html = member_client.get("/mijn/partij/", {"q": "nergensdorp"}).content.decode()
    assert "We vonden geen partij" in html


def test_a_request_for_a_party_that_does_not_exist_is_a_form_error(member_client, party):
    response = member_client.post(
        "/mijn/partij/", {"action": "register", "q": "x", "party": 987654, "role": "lid"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Deze partij staat niet (meer) in het register." in html
    assert 'aria-describedby="id_party_errors"' in html
    assert not Membership.objects.exists()


def test_every_field_has_a_dutch_error(member_client, party):
    response = member_client.post("/mijn/partij/", {"action": "register", "q": "Ede"})
    html = response.content.decode()
    assert "Kies uw partij uit de zoekresultaten." in html
    assert "Kies uw rol in de partij." in html
    response = member_client.post("/mijn/partij/", {"action": "unlisted"})
    html = response.content.decode()
    for message in (
        "Vul de naam van uw partij in.",
        "Vul de gemeente in waar uw partij actief is.",
        "Kies uw rol in de partij.",
    ):
        assert message in html
    assert 'aria-invalid="true"' in html
    response = member_client.post(
        "/mijn/partij/", {"action": "register", "party": party.pk, "role": "keizer"}
    )
    assert "Kies een van de rollen uit de lijst." in response.content.decode()


def test_a_party_not_in_the_register_is_added_by_staff_and_approved(
    member_client, admin_client, mailbox, party, django_capture_on_commit_callbacks
):
    response = member_client.post(
        "/mijn/partij/",
        {
            "action": "unlisted",
            "unlisted-party_name": "Nieuwe Lijst Ede",
            "unlisted-municipality": "Ede",
            "unlisted-role": "kandidaat",
        },
    )
    assert response.status_code == 302
    membership = Membership.objects.get()
    assert membership.party is None and membership.requested_party_name == "Nieuwe Lijst Ede"
    assert "Nieuwe Lijst Ede (niet in het register)" in member_client.get("/mijn/").content.decode()
    new = LocalPartyFactory(name="Nieuwe Lijst Ede", province=party.province)
    url = reverse("parties_membership:approve", args=[membership.pk])
    response = admin_client.post(url, {})
    assert "Kies de partij van deze persoon." in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(url, {"party": new.pk})
    membership.refresh_from_db()
    assert membership.party == new and membership.status == MembershipStatus.APPROVED
    assert "kandidaat van Nieuwe Lijst Ede" in body(mailbox.wait_for(1))


def test_staff_refuse_with_a_reason_that_is_mailed(
    member_client, admin_client, mailbox, party, django_capture_on_commit_callbacks
):
    membership = MembershipFactory(user=member_client.user, party=party, role="wethouder")
    url = reverse("parties_membership:refuse", args=[membership.pk])
    response = admin_client.post(url, {"reason": ""})
    assert response.status_code == 200
    assert "Geef de reden van de afwijzing." in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(url, {"reason": "Wij kennen u niet als wethouder."})
    assert response.status_code == 302
    mail = mailbox.wait_for(1)
    assert mail["To"] == "lid@example.org"
    assert mail["Subject"] == "Uw aanvraag bij het Kennispunt"
    assert "Wij kennen u niet als wethouder." in body(mail)
    assert "Wij kennen u niet als wethouder." in body(mail, "html")
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.REFUSED
    home = member_client.get("/mijn/").content.decode()
    assert "Uw vorige aanvraag is niet goedgekeurd." in home
    # A decided request cannot be decided again.
    response = admin_client.post(url, {"reason": "nogmaals"})
    assert response.status_code == 302
    # After a refusal the person may ask again.
    response = member_client.post(
        "/mijn/partij/", {"action": "register", "party": party.pk, "role": "lid"}
    )
    assert response.status_code == 302
    assert Membership.objects.filter(status=MembershipStatus.PENDING).count() == 1


def test_refusal_mail_is_in_the_members_language(
    client, admin_client, mailbox, party, django_capture_on_commit_callbacks
):
    user = make_member("en@example.org", language="en", name="Sam Jones")
    membership = MembershipFactory(user=user, party=party, role="raadslid")
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            reverse("parties_membership:refuse", args=[membership.pk]), {"reason": "Unknown."}
        )
    mail = mailbox.wait_for(1)
    assert mail["Subject"] == "Your request to the Kennispunt"
    assert "Dear Sam Jones" in body(mail)


def test_one_open_request_at_a_time_and_withdrawing(member_client, party):
    MembershipFactory(user=member_client.user, party=party)
    response = member_client.post(
        "/mijn/partij/", {"action": "register", "party": party.pk, "role": "lid"}
    )
    assert response.status_code == 302
    assert Membership.objects.count() == 1
    messages = [str(m) for m in member_client.get("/mijn/").context["messages"]]
    assert "U hebt al een aanvraag of lidmaatschap." in messages
    member_client.post("/mijn/partij/intrekken/")
    assert not Membership.objects.exists()


def test_requests_need_a_verified_address(client, party):
    user = make_member("onbevestigd@example.org", verified=False)
    client.force_login(user)
    response = client.get("/mijn/partij/")
    assert response.status_code == 200
    assert (
        "verify" in response.content.decode().lower()
        or "bevestig" in response.content.decode().lower()
    )
    assert not Membership.objects.exists()
