"""A logged-in member's session cookie on the browser checks' demo server: a verified member
(approved in a demo party, or without a party yet) made in the server's database, and a
session for them, as the login form would make it."""

import json

CREATE_MEMBER = """
import json
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
from accounts.models import MemberProfile
from parties.models import LocalParty, Membership, MembershipStatus

approved = {approved}
email = "toegankelijk-%s@example.org" % ("lid" if approved else "nieuw")
user, _ = get_user_model().objects.get_or_create(username=email, defaults={{"email": email}})
EmailAddress.objects.get_or_create(
    user=user, email=email, defaults={{"verified": True, "primary": True}}
)
MemberProfile.objects.get_or_create(
    user=user, defaults={{"full_name": "Toegankelijk Lid", "language": "nl"}}
)
if approved and not Membership.objects.filter(user=user).exists():
    Membership.objects.create(
        user=user, party=LocalParty.objects.order_by("name").first(), role="raadslid",
        status=MembershipStatus.APPROVED,
    )
session = SessionStore()
session[SESSION_KEY] = str(user.pk)
# The backend a member's login through allauth records (the first one only refuses lockouts).
session[BACKEND_SESSION_KEY] = "allauth.account.auth_backends.AuthenticationBackend"
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
print(json.dumps({{"cookie": f"{{settings.SESSION_COOKIE_NAME}}={{session.session_key}}"}}))
"""


def member_session(server, *, approved):
    """`NAME=VALUE` of a session cookie for a member (see the module docstring)."""
    output = server.manage("shell", "-c", CREATE_MEMBER.format(approved=approved)).stdout
    return json.loads(output.strip().splitlines()[-1])["cookie"]


FORUM_PAGES = """
import json
from forum.models import Category, CodeOfConductAcceptance, Thread
from django.contrib.auth import get_user_model

user = get_user_model().objects.get(username="toegankelijk-lid@example.org")
CodeOfConductAcceptance.objects.get_or_create(user=user)
thread = Thread.objects.order_by("pk").first()
category = thread.category
print(json.dumps({"thread": thread.pk, "category": category.slug}))
"""


def forum_pages(server):
    """An approved member who accepted the code of conduct (after `member_session(approved=
    True)`) reads the forum: its index, a category and a thread of the demo content, both
    languages."""
    output = server.manage("shell", "-c", FORUM_PAGES).stdout
    found = json.loads(output.strip().splitlines()[-1])
    return [
        "/forum/",
        f"/forum/categorie/{found['category']}/",
        f"/forum/onderwerp/{found['thread']}/",
        "/forum/nieuw/",
        "/en/forum/",
        f"/en/forum/topic/{found['thread']}/",
    ]
