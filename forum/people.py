"""How an author appears beside a post: name, role and party (members speak for their party)."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from accounts.models import MemberProfile
from parties.models import Membership


@dataclass
class Author:
    name: str
    role: str = ""
    party: str = ""


REMOVED = Author(_("verwijderd lid"))


def authors(user_ids):
    """{user id: Author} for these users, in two queries."""
    ids = {pk for pk in user_ids if pk}
    names = dict(MemberProfile.objects.filter(user_id__in=ids).values_list("user_id", "full_name"))
    memberships = Membership.objects.approved().filter(user_id__in=ids).select_related("party")
    found = {pk: Author(names.get(pk) or _("medewerker Kennispunt")) for pk in ids}
    for membership in memberships:
        author = found[membership.user_id]
        author.role = membership.get_role_display()
        author.party = str(membership.party) if membership.party_id else ""
    return found


def author_of(user_id, cache):
    return cache.get(user_id, REMOVED) if user_id else REMOVED
