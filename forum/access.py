"""Who may enter the forum: an approved member of a party in the register, not suspended, who
accepted the code of conduct (and staff or appointed moderators). Every forum response is
private: noindex, never stored by a browser, a proxy or the response cache."""

from dataclasses import dataclass
from functools import wraps

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone

from parties.models import Membership

from .models import CodeOfConductAcceptance, Suspension

MODERATE = "forum.moderate_forum"
# Staff appoint a moderator by adding them to this group (made by migration 0004): it holds
# MODERATE and the Wagtail admin's access, so `is_moderator` and the admin screen agree.
MODERATORS_GROUP = "Forummoderatoren"


@dataclass
class Access:
    state: str  # "anonymous", "no_party", "suspended", "conduct" or "ok"
    membership: Membership | None = None
    suspension: Suspension | None = None

    @property
    def allowed(self):
        return self.state == "ok"


def approved_membership(user):
    return (
        Membership.objects.approved()
        .filter(user=user, party__isnull=False)
        .select_related("party")
        .first()
    )


def is_moderator(user):
    return user.is_authenticated and (user.is_superuser or user.has_perm(MODERATE))


def active_suspension(user):
    return Suspension.objects.filter(user=user, until__gt=timezone.now()).order_by("-until").first()


def forum_access(user):
    if not user.is_authenticated:
        return Access("anonymous")
    membership = approved_membership(user)
    if membership is None and not is_moderator(user):
        return Access("no_party")
    suspension = active_suspension(user)
    if suspension is not None:
        return Access("suspended", membership, suspension)
    if not CodeOfConductAcceptance.objects.filter(user=user).exists():
        return Access("conduct", membership)
    return Access("ok", membership)


def private(response):
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Cache-Control"] = "private, no-store"
    return response


def private_view(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        return private(view(request, *args, **kwargs))

    return wrapped


def member_view(view):
    """The view runs only for members allowed in; others get the explanation (403), never the
    forum's text. A member who has not yet accepted the code of conduct is sent there first."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        access = forum_access(request.user)
        request.forum_access = access
        if access.state == "conduct":
            return private(redirect("forum_conduct"))
        if not access.allowed:
            return private(closed_response(request, access))
        return private(view(request, *args, **kwargs))

    return wrapped


def moderator_view(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_moderator(request.user):
            return closed_response(request, Access("not_moderator"))
        return view(request, *args, **kwargs)

    return member_view(wrapped)


def closed_response(request, access):
    response = TemplateResponse(request, "forum/closed.html", {"access": access}, status=403)
    return response.render()
