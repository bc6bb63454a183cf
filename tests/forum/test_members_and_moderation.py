"""Mijn Kennispunt, export and erasure; the daily digest; the admin queue; lock, move, suspend."""

import json

import pytest
from django.contrib.auth.models import Permission

from accounts.registry import erase_member
from forum.models import Category, Follow, ModerationAction, Post, Report, Suspension
from forum.posting import add_post, start_thread
from forum.wagtail_hooks import queue_digests
from tests.accounts.smtp import body

from .conftest import forum_member, logged_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread(anne, algemeen):
    return start_thread(algemeen, anne, "Vergoeding raadsleden", "Hoe hoog is die bij jullie?")


@pytest.fixture
def moderator(party):
    user = forum_member("mod@example.org", "Mo de Rator", party)
    user.user_permissions.add(Permission.objects.get(codename="moderate_forum"))
    return user


def test_my_kennispunt_shows_the_forum_panel_and_exports_it(anne_client, thread):
    home = anne_client.get("/mijn/").content.decode()
    assert "Mijn forum" in home and "U schreef 1 bericht." in home
    data = json.loads(anne_client.get("/mijn/mijn-gegevens.json").content)
    assert data["forum_posts"][0]["body"] == "Hoe hoog is die bij jullie?"
    assert data["forum_follows"][0]["thread"] == "Vergoeding raadsleden"


def test_an_erased_member_s_posts_stay_under_removed_member(anne, bram_client, thread):
    erase_member(anne)
    post = Post.objects.get(thread=thread)
    assert post.author is None
    html = bram_client.get(f"/forum/onderwerp/{thread.pk}/").content.decode()
    assert "verwijderd lid" in html and "Hoe hoog is die bij jullie?" in html


def test_the_daily_digest_collects_and_sends_once(
    anne, bram, bram_client, thread, algemeen, mailbox
):
    mailbox.commit()  # the thread's own opening post was announced before Bram followed
    bram_client.post(f"/forum/volgen/categorie/{algemeen.pk}/", {"frequency": "daily"})
    assert Follow.objects.get(user=bram, category=algemeen).frequency == "daily"
    add_post(thread, anne, "Bij ons 300 euro per maand.")
    mailbox.commit()
    assert not mailbox.messages
    queue_digests()
    mail = mailbox.wait_for(1)
    assert mail["To"] == "bram@example.org" and "Forum: 1 nieuwe berichten" in mail["Subject"]
    assert "Vergoeding raadsleden" in body(mail)
    queue_digests()
    mailbox.commit()
    assert len(mailbox.messages) == 1


def test_staff_see_the_queue_in_the_admin_and_hide_from_there(
    admin_client, bram, thread, mailbox, django_capture_on_commit_callbacks
):
    post = thread.posts.get()
    Report.objects.create(post=post, reporter=bram, reason="Persoonsgegevens")
    queue = admin_client.get("/admin/forum/meldingen/")
    assert queue.status_code == 200
    assert "Persoonsgegevens" in queue.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/admin/forum/meldingen/{post.pk}/hide/", {"note": "AVG"})
    assert response.status_code == 302
    assert Post.objects.get(pk=post.pk).hidden
    assert mailbox.wait_for(1)["To"] == "anne@example.org"


def test_a_member_cannot_open_the_admin_queue(bram_client):
    assert bram_client.get("/admin/forum/meldingen/").status_code in (302, 403)


def test_a_moderator_locks_moves_and_suspends(
    moderator, bram, thread, mailbox, django_capture_on_commit_callbacks
):
    client = logged_in(moderator)
    client.post(f"/forum/moderatie/onderwerp/{thread.pk}/sluiten/")
    thread.refresh_from_db()
    assert thread.locked
    raadswerk = Category.objects.get(slug="raadswerk")
    client.post(f"/forum/moderatie/onderwerp/{thread.pk}/verplaatsen/", {"category": raadswerk.pk})
    thread.refresh_from_db()
    assert thread.category == raadswerk
    refused = client.post(f"/forum/moderatie/lid/{bram.pk}/schorsen/", {"days": "", "reason": ""})
    assert refused.status_code == 400
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/forum/moderatie/lid/{bram.pk}/schorsen/", {"days": 7, "reason": "Spam"})
    assert Suspension.objects.get(user=bram).reason == "Spam"
    assert "geschorst" in mailbox.wait_for(1)["Subject"]
    kinds = set(ModerationAction.objects.values_list("kind", flat=True))
    assert kinds == {"lock", "move", "suspend"}


def test_the_english_interface(bram_client, thread):
    html = bram_client.get(f"/en/forum/topic/{thread.pk}/").content.decode()
    assert "Reply" in html and "Follow by e-mail" in html
    index = bram_client.get("/en/forum/").content.decode()
    assert "General" in index and "Council work" in index
