"""Only approved members who accepted the code of conduct see the forum; everyone else gets the
explanation, never a thread's text."""

import pytest

from forum.models import Thread
from forum.posting import start_thread
from parties.models import MembershipStatus
from tests.accounts.helpers import make_member

from .conftest import join, logged_in

pytestmark = pytest.mark.django_db

SECRET = "Onze kandidatenlijst is nog geheim"


@pytest.fixture
def thread(anne, algemeen):
    return start_thread(algemeen, anne, "Kandidatenlijst", SECRET)


def forum_urls(thread):
    post = thread.posts.first()
    return [
        "/forum/",
        "/en/forum/",
        f"/forum/onderwerp/{thread.pk}/",
        f"/en/forum/topic/{thread.pk}/",
        "/forum/categorie/algemeen/",
        "/forum/nieuw/",
        "/forum/zoeken/?q=kandidaten",
        f"/forum/bericht/{post.pk}/melden/",
        "/forum/moderatie/",
    ]


def assert_closed(client, thread):
    for url in forum_urls(thread):
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code == 403, url
        assert SECRET not in html and "Kandidatenlijst" not in html, url
        assert response["Cache-Control"] == "private, no-store", url
        assert response["X-Robots-Tag"].startswith("noindex"), url
    return html


def test_an_anonymous_visitor_sees_the_way_in_not_the_forum(client, thread):
    html = assert_closed(client, thread)
    assert "/account/signup/" in html
    english = client.get("/en/forum/").content.decode()
    assert "Forum for local parties" in english


@pytest.mark.parametrize("status", [MembershipStatus.PENDING, MembershipStatus.REFUSED])
def test_a_pending_or_refused_member_sees_nothing(thread, party, status):
    user = make_member("wacht@example.org")
    join(user, party, status=status)
    html = assert_closed(logged_in(user), thread)
    assert "/mijn/partij/" in html


def test_a_member_without_a_party_sees_nothing(thread):
    assert_closed(logged_in(make_member("los@example.org")), thread)


def test_a_new_member_accepts_the_code_of_conduct_once(thread, party):
    user = make_member("nieuw@example.org")
    join(user, party)
    client = logged_in(user)
    first = client.get(f"/forum/onderwerp/{thread.pk}/")
    assert first.status_code == 302 and first["Location"] == "/forum/gedragscode/"
    refused = client.post("/forum/gedragscode/", {})
    assert refused.status_code == 400
    assert "Vink aan dat u de gedragscode accepteert." in refused.content.decode()
    assert client.post("/forum/gedragscode/", {"accept": "on"}).status_code == 302
    assert SECRET in client.get(f"/forum/onderwerp/{thread.pk}/").content.decode()


def test_a_suspended_member_is_shut_out_until_the_date(anne, bram, thread, mailbox, settings):
    from forum.moderation import suspend

    suspend(bram, anne, 3, "Herhaaldelijk onbeleefd")
    response = logged_in(bram).get(f"/forum/onderwerp/{thread.pk}/")
    assert response.status_code == 403
    assert "geschorst" in response.content.decode()
    assert SECRET not in response.content.decode()


def test_a_member_may_not_moderate(bram_client, thread):
    post = thread.posts.first()
    response = bram_client.post(f"/forum/moderatie/bericht/{post.pk}/verbergen/", {"note": "x"})
    assert response.status_code == 403
    assert not Thread.objects.get(pk=thread.pk).posts.filter(hidden=True).exists()
