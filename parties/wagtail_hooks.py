from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from accounts.registry import ERASURE, EXPORT, PANELS, MemberPanel

from .models import Membership, MembershipStatus
from .viewsets import RegisterViewSetGroup


@hooks.register("register_admin_viewset")
def register_party_register():
    return RegisterViewSetGroup()


@hooks.register(PANELS)
def party_panel(request):
    memberships = Membership.objects.filter(user=request.user).select_related("party")
    current = next((m for m in memberships if m.status != MembershipStatus.REFUSED), None)
    refused = next((m for m in memberships if m.status == MembershipStatus.REFUSED), None)
    context = {"membership": current, "refused": refused}
    return MemberPanel("party", _("Mijn partij"), "parties/panels/membership.html", context, 20)


@hooks.register(EXPORT)
def membership_data(user):
    return {
        "party_memberships": [
            {
                "party": m.party.name if m.party else None,
                "party_as_requested": m.requested_party_name,
                "municipality_as_requested": m.requested_municipality,
                "role": m.role,
                "status": m.status,
                "refusal_reason": m.refusal_reason,
                "requested_at": m.requested_at.isoformat(),
                "decided_at": m.decided_at.isoformat() if m.decided_at else None,
            }
            for m in Membership.objects.filter(user=user).select_related("party")
        ]
    }


@hooks.register(ERASURE)
def erase_memberships(user):
    # The person leaves their party; the party and its other people stay. Decisions the person
    # took as staff keep their date, without their name (decided_by is set to NULL).
    Membership.objects.filter(user=user).delete()
    Membership.objects.filter(decided_by=user).update(decided_by=None)
