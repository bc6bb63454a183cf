"""The ready-made group "Forummoderatoren": staff appoint a moderator by adding a member to it,
and take the appointment back by removing them."""

import pytest
from django.contrib.auth.models import Group

from forum.access import MODERATORS_GROUP, is_moderator
from forum.models import Post, Report
from forum.posting import start_thread

from .conftest import forum_member, logged_in

pytestmark = pytest.mark.django_db


def test_the_group_holds_exactly_what_the_moderation_screen_needs():
    group = Group.objects.get(name=MODERATORS_GROUP)
    permissions = group.permissions.values_list("content_type__app_label", "codename")
    assert sorted(permissions) == [("forum", "moderate_forum"), ("wagtailadmin", "access_admin")]


def test_a_member_added_to_the_group_moderates_and_removed_cannot(party, anne, bram, algemeen):
    thread = start_thread(algemeen, anne, "Vergoeding raadsleden", "Hoe hoog is die bij jullie?")
    post = thread.posts.get()
    Report.objects.create(post=post, reporter=bram, reason="Persoonsgegevens")
    carla = forum_member("carla@example.org", "Carla Mulder", party)
    client = logged_in(carla)
    assert client.get("/admin/forum/meldingen/").status_code == 302  # no admin access yet
    assert client.get("/forum/moderatie/").status_code == 403

    group = Group.objects.get(name=MODERATORS_GROUP)
    carla.groups.add(group)
    queue = client.get("/admin/forum/meldingen/")
    assert queue.status_code == 200 and "Persoonsgegevens" in queue.content.decode()
    assert "Forummeldingen" in client.get("/admin/").content.decode()  # in the Reports menu
    assert client.get("/forum/moderatie/").status_code == 200
    hidden = client.post(f"/admin/forum/meldingen/{post.pk}/hide/", {"note": "AVG"})
    assert hidden.status_code == 302 and Post.objects.get(pk=post.pk).hidden

    carla.groups.remove(group)
    carla = type(carla).objects.get(pk=carla.pk)  # a fresh object: permissions are cached
    assert not is_moderator(carla)
    assert client.get("/admin/forum/meldingen/").status_code == 302
    assert client.post(f"/admin/forum/meldingen/{post.pk}/restore/").status_code == 302
    assert Post.objects.get(pk=post.pk).hidden
    assert client.get("/forum/moderatie/").status_code == 403
