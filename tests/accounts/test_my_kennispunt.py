"""Mijn Kennispunt: panels from every app, the data download and the account's deletion."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from wagtail import hooks

from accounts.models import MemberProfile
from accounts.registry import PANELS, MemberPanel
from parties.factories import LocalPartyFactory, MembershipFactory
from parties.models import LocalParty, Membership
from tests.accounts.helpers import PASSWORD

pytestmark = pytest.mark.django_db


def test_login_required(client):
    response = client.get("/mijn/")
    assert response.status_code == 302, response.content.decode()[:500]
    assert response["Location"].startswith("/account/login/")
    assert client.get("/en/my/")["Location"].startswith("/en/account/login/")


def test_home_shows_profile_and_party(member_client, member):
    MembershipFactory(user=member, party=LocalPartyFactory(name="Zaanse Zaak"), status="approved")
    html = member_client.get("/mijn/").content.decode()
    assert "Sanne de Vries" in html and "lid@example.org" in html
    assert "Zaanse Zaak" in html
    assert 'href="/mijn/mijn-gegevens.json"' in html
    assert member_client.get("/mijn/")["Cache-Control"].startswith(("max-age=0", "private"))


def test_another_app_adds_its_panel_through_the_hook(member_client):
    def trainings_panel(request):
        return MemberPanel("trainings", "Mijn trainingen", "parties/panels/membership.html", {}, 30)

    with hooks.register_temporarily(PANELS, trainings_panel):
        html = member_client.get("/mijn/").content.decode()
    assert "Mijn trainingen" in html and 'aria-labelledby="panel-trainings"' in html


def test_profile_changes_are_saved_with_dutch_errors(member_client, member):
    response = member_client.post("/mijn/gegevens/", {"full_name": "", "language": "en"})
    assert "Vul uw naam in." in response.content.decode()
    response = member_client.post("/mijn/gegevens/", {"full_name": "S. de Vries", "language": "en"})
    assert response.status_code == 302
    profile = MemberProfile.objects.get(user=member)
    assert (profile.full_name, profile.language) == ("S. de Vries", "en")


def test_export_holds_all_the_members_data(member_client, member):
    MembershipFactory(user=member, party=LocalPartyFactory(name="Zaanse Zaak"), role="raadslid")
    response = member_client.get("/mijn/mijn-gegevens.json")
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "lid@example.org"
    assert data["profile"]["full_name"] == "Sanne de Vries"
    assert data["email_addresses"] == [
        {"email": "lid@example.org", "verified": True, "primary": True}
    ]
    assert data["party_memberships"][0]["party"] == "Zaanse Zaak"
    assert data["party_memberships"][0]["role"] == "raadslid"


def test_deleting_the_account_removes_the_personal_data(member_client, member, admin_user):
    party = LocalPartyFactory(name="Zaanse Zaak")
    MembershipFactory(user=member, party=party, status="approved", decided_by=admin_user)
    response = member_client.post("/mijn/account-verwijderen/", {"password": "fout"})
    assert "Dit wachtwoord klopt niet." in response.content.decode()
    assert get_user_model().objects.filter(pk=member.pk).exists()
    response = member_client.post("/mijn/account-verwijderen/", {"password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/"
    assert not get_user_model().objects.filter(email="lid@example.org").exists()
    assert not EmailAddress.objects.filter(email="lid@example.org").exists()
    assert not MemberProfile.objects.exists()
    assert not Membership.objects.exists()
    assert LocalParty.objects.filter(pk=party.pk).exists()  # the rest keeps working
    assert member_client.get("/mijn/").status_code == 302
    assert member_client.get("/").status_code == 200


def test_a_staff_account_is_not_deleted_from_the_member_page(client, admin_user):
    client.force_login(admin_user)
    response = client.post("/mijn/account-verwijderen/", {"password": "password"})
    assert response.status_code == 302
    assert get_user_model().objects.filter(pk=admin_user.pk).exists()
