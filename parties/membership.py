"""A person's way into a party: the request, and staff's approval or refusal (with a mail)."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import Membership, MembershipStatus
from .notifications import send_membership_approved, send_membership_refused


class MembershipError(Exception):
    pass


def open_membership(user):
    return Membership.objects.open().filter(user=user).select_related("party").first()


def request_membership(user, *, role, party=None, party_name="", municipality=""):
    if open_membership(user) is not None:
        raise MembershipError("open membership exists")
    try:
        with transaction.atomic():
            return Membership.objects.create(
                user=user,
                party=party,
                role=role,
                requested_party_name="" if party else party_name,
                requested_municipality="" if party else municipality,
            )
    except IntegrityError as error:  # a second request at the same moment
        raise MembershipError("open membership exists") from error


def withdraw_request(membership):
    if membership.status == MembershipStatus.PENDING:
        membership.delete()


@transaction.atomic
def approve(membership, *, by, party=None):
    membership.party = party or membership.party
    membership.status = MembershipStatus.APPROVED
    membership.decided_at = timezone.now()
    membership.decided_by = by
    membership.refusal_reason = ""
    membership.save()
    transaction.on_commit(lambda: send_membership_approved(membership))
    return membership


@transaction.atomic
def refuse(membership, *, by, reason):
    membership.status = MembershipStatus.REFUSED
    membership.refusal_reason = reason
    membership.decided_at = timezone.now()
    membership.decided_by = by
    membership.save()
    transaction.on_commit(lambda: send_membership_refused(membership))
    return membership
