"""The members' forum: a few demo members of the demo parties (approved memberships, the code of
conduct accepted) and a few dozen threads from demo/content/nl/forum/forum.yaml, then the English
threads of demo/content/en/forum/forum.yaml (members who write in English; their language is
English). An upsert: the members by e-mail address, the threads by title, the posts by their
place in the thread."""

from datetime import timedelta

import yaml
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone

from accounts.models import MemberProfile
from forum.categories import ensure_topic_categories
from forum.models import Category, CodeOfConductAcceptance, Follow, Frequency, Post, Thread
from parties.models import LocalParty, Membership, MembershipStatus

from ..content import CONTENT_ROOT

SOURCES = {language: CONTENT_ROOT / language / "forum" / "forum.yaml" for language in ("nl", "en")}


def ensure_member(key, details, language):
    email = f"{key}@demo.lokalepolitiekepartijen.nl"
    user, created = get_user_model().objects.get_or_create(
        username=f"demo-{key}", defaults={"email": email}
    )
    if created:
        user.set_unusable_password()  # demo people cannot log in; staff may set a password
        user.save()
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    MemberProfile.objects.update_or_create(
        user=user, defaults={"full_name": details["name"], "language": language}
    )
    party = LocalParty.objects.get(name=details["party"])
    if not Membership.objects.open().filter(user=user).exists():
        Membership.objects.create(
            user=user, party=party, role=details["role"], status=MembershipStatus.APPROVED,
            decided_at=timezone.now(),
        )  # fmt: skip
    CodeOfConductAcceptance.objects.get_or_create(user=user)
    return user


def load(demo, pages):
    ensure_topic_categories()
    members, threads = {}, []
    for language, source in SOURCES.items():
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
        for key, details in data["members"].items():
            members[key] = ensure_member(key, details, language)
        threads += data["threads"]
    categories = {category.slug: category for category in Category.objects.all()}
    start = timezone.now() - timedelta(days=len(threads) * 3)
    for number, item in enumerate(threads):
        opened = start + timedelta(days=number * 3)
        thread, _ = Thread.objects.update_or_create(
            title=item["title"],
            defaults={"category": categories[item["category"]], "created_at": opened},
        )
        thread.author = members[item["posts"][0][0]]
        existing = list(thread.posts.order_by("created_at", "pk"))
        for place, (author, text) in enumerate(item["posts"]):
            at = opened + timedelta(hours=place * 5)
            values = {"author": members[author], "body": text, "created_at": at}
            if place < len(existing):
                Post.objects.filter(pk=existing[place].pk).update(**values)
            else:
                Post.objects.create(thread=thread, **values)
        thread.last_activity_at = opened + timedelta(hours=(len(item["posts"]) - 1) * 5)
        thread.save()
        Follow.objects.get_or_create(
            user=thread.author, thread=thread, defaults={"frequency": Frequency.IMMEDIATE}
        )
    demo.log(
        f"Demo forum: {len(members)} members, {len(threads)} threads, "
        f"{Post.objects.count()} posts in {len(categories)} categories."
    )
