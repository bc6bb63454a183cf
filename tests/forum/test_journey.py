"""The whole path, with the real database task worker and mail over real SMTP: a member starts
a thread, another follows it, is mailed about the reply and answers, a report, a moderator (of
the Forummoderatoren group) hides the post and its author is told."""

import pytest
from django.contrib.auth.models import Group

from forum.access import MODERATORS_GROUP
from forum.models import ModerationAction, Post, Report, Thread
from tests.accounts.smtp import body

from .conftest import forum_member, logged_in

pytestmark = pytest.mark.django_db


def test_post_follow_reply_report_hide_and_tell(
    anne_client, bram_client, anne, bram, algemeen, party, mailbox, database_tasks, worker,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    response = anne_client.post(
        "/forum/categorie/algemeen/nieuw/",
        {"title": "Hoe werven jullie jongeren?", "body": "Wij zoeken **nieuwe** leden."},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    thread = Thread.objects.get(title="Hoe werven jullie jongeren?")

    page = bram_client.get(f"/forum/onderwerp/{thread.pk}/")
    html = page.content.decode()
    assert "<strong>nieuwe</strong>" in html
    assert "Anne Jansen" in html and "raadslid" in html and "Twentse Kern" in html
    assert page["X-Robots-Tag"].startswith("noindex")
    assert page["Cache-Control"] == "private, no-store"
    assert '<meta name="robots" content="noindex' in html

    follow = bram_client.post(f"/forum/volgen/onderwerp/{thread.pk}/", {"frequency": "immediate"})
    assert follow.status_code == 302

    with django_capture_on_commit_callbacks(execute=True):
        reply = anne_client.post(
            f"/forum/onderwerp/{thread.pk}/", {"body": "Via de sportclubs, bijvoorbeeld."}
        )
    assert reply.status_code == 302
    worker()  # the notification task, then the mail it queued
    worker()
    mail = mailbox.wait_for(1)
    assert mail["To"] == "bram@example.org"
    assert "Hoe werven jullie jongeren?" in mail["Subject"]
    assert "Via de sportclubs" in body(mail)
    assert f"/forum/onderwerp/{thread.pk}/" in body(mail)

    answer = bram_client.post(f"/forum/onderwerp/{thread.pk}/", {"body": "Goed idee, dank!"})
    assert answer.status_code == 302 and thread.posts.filter(author=bram).exists()

    post = Post.objects.get(body__startswith="Via de sportclubs")
    reported = bram_client.post(f"/forum/bericht/{post.pk}/melden/", {"reason": "Reclame"})
    assert reported.status_code == 302
    assert Report.objects.filter(post=post, resolved_at__isnull=True).count() == 1

    moderator = forum_member("mod@example.org", "Mo de Rator", party)
    moderator.groups.add(Group.objects.get(name=MODERATORS_GROUP))  # appointed by staff
    moderator_client = logged_in(moderator)
    queue = moderator_client.get("/forum/moderatie/").content.decode()
    assert "Reclame" in queue and "Via de sportclubs" in queue

    mailbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        hidden = moderator_client.post(
            f"/forum/moderatie/bericht/{post.pk}/verbergen/", {"note": "Geen reclame graag."}
        )
    assert hidden.status_code == 302
    worker()
    told = mailbox.wait_for(1)
    assert told["To"] == "anne@example.org"
    assert "verborgen" in told["Subject"]
    assert "Geen reclame graag." in body(told)
    assert ModerationAction.objects.filter(kind="hide", post=post).exists()
    assert not Report.objects.filter(post=post, resolved_at__isnull=True).exists()
    assert (
        "Via de sportclubs"
        not in bram_client.get(f"/forum/onderwerp/{thread.pk}/").content.decode()
    )
    log = moderator_client.get("/admin/forum/meldingen/").content.decode()
    assert "verborgen – Hoe werven jullie jongeren? (Geen reclame graag.)" in log
