"""A fusie in the register moves the parties' people to the party that goes on."""

import pytest
from django.urls import reverse

from parties.factories import LocalPartyFactory, MembershipFactory
from parties.models import LocalParty, Membership, MembershipStatus, PartyStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_parties(municipalities):
    first = LocalPartyFactory(
        name="Dorpsbelang Oost",
        province=municipalities["GM0228"].province,
        municipalities=[municipalities["GM0228"]],
    )
    second = LocalPartyFactory(
        name="Dorpsbelang West",
        province=municipalities["GM0203"].province,
        municipalities=[municipalities["GM0203"]],
    )
    MembershipFactory(party=first, status=MembershipStatus.APPROVED)
    MembershipFactory(party=first, status=MembershipStatus.PENDING)
    MembershipFactory(party=second, status=MembershipStatus.APPROVED, role="raadslid")
    return first, second


def test_merging_into_a_new_party_moves_everyone(staff_client, two_parties):
    first, second = two_parties
    response = staff_client.post(
        reverse("parties_localparty:merge"),
        {"first": first.pk, "second": second.pk, "outcome": "new", "new_name": "Dorpsbelang Samen"},
    )
    assert response.status_code == 302
    new = LocalParty.objects.get(name="Dorpsbelang Samen")
    assert response["Location"] == reverse("parties_localparty:edit", args=[new.pk])
    assert Membership.objects.filter(party=new).count() == 3
    assert {m.code for m in new.municipalities.all()} == {"GM0228", "GM0203"}
    for old in (first, second):
        old.refresh_from_db()
        assert old.status == PartyStatus.MERGED and old.merged_into == new
        assert not old.memberships.exists()


def test_one_party_can_go_up_in_the_other(staff_client, two_parties):
    first, second = two_parties
    response = staff_client.post(
        reverse("parties_localparty:merge"),
        {"first": first.pk, "second": second.pk, "outcome": "second"},
    )
    assert response.status_code == 302
    assert second.memberships.count() == 3
    first.refresh_from_db()
    assert first.merged_into == second
    assert second.municipalities.count() == 2


def test_merge_form_errors_are_dutch(staff_client, two_parties):
    first, _second = two_parties
    response = staff_client.post(
        reverse("parties_localparty:merge"),
        {"first": first.pk, "second": first.pk, "outcome": "new", "new_name": ""},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kies twee verschillende partijen." in html
    assert "Geef de naam van de nieuwe partij." in html
    response = staff_client.post(
        reverse("parties_localparty:merge"), {"first": 999999, "outcome": "first"}
    )
    assert "Kies de tweede partij." in response.content.decode()
    assert LocalParty.objects.filter(status=PartyStatus.MERGED).count() == 0
