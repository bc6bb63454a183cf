"""`load_demo_content` builds the party register and its demo members with the rest of the
demo site (demo/sections/parties.py): about thirty fictional parties, a few approved members
who cannot log in, and nothing twice when it runs again."""

from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model

from demo.sections import parties as parties_section
from parties.demo import DEMO_MEMBERS, DEMO_PARTIES
from parties.models import LocalParty, Membership, MembershipStatus

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


def register_counts():
    return {
        "parties": LocalParty.objects.count(),
        "users": get_user_model().objects.count(),
        "memberships": Membership.objects.count(),
    }


def test_the_demo_site_has_the_party_register_and_approved_members():
    assert LocalParty.objects.count() == len(DEMO_PARTIES) >= 30
    assert LocalParty.objects.public().count() >= 30
    assert LocalParty.objects.values("province").distinct().count() == 12
    emails = {member[0] for member in DEMO_MEMBERS}
    # Other sections add demo members of their own (the forum's); these are the register's.
    approved = Membership.objects.approved().filter(user__email__in=emails)
    approved = approved.select_related("user", "party")
    assert approved.count() == len(DEMO_MEMBERS) >= 5
    assert {m.user.email for m in approved} == emails
    for membership in approved:
        assert membership.status == MembershipStatus.APPROVED and membership.party.eligible
        assert not membership.user.is_active and not membership.user.has_usable_password()
        assert not membership.user.is_staff and membership.user.member_profile.full_name


def test_loading_the_section_again_creates_nothing_twice():
    before = register_counts()
    logged = []
    parties_section.load(SimpleNamespace(log=logged.append), pages={})
    assert register_counts() == before
    assert logged == [f"Demo parties: {len(DEMO_PARTIES)} local parties, 6 approved members."]
