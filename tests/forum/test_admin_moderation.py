"""The Wagtail admin's moderation screen: lock, move, suspend and lift, as staff and as an
appointed moderator, each logged; someone in the admin without the permission gets 403."""

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone
from wagtail.users.models import UserProfile

from forum.access import forum_access
from forum.models import Category, ModerationAction, Suspension, Thread
from forum.posting import start_thread
from tests.accounts.smtp import body

from .conftest import forum_member, logged_in

pytestmark = pytest.mark.django_db


def admin_permissions(*codenames):
    return [Permission.objects.get(codename=codename) for codename in codenames]


@pytest.fixture
def thread(anne, algemeen):
    return start_thread(algemeen, anne, "Vergoeding raadsleden", "Hoe hoog is die bij jullie?")


@pytest.fixture
def moderator_client(party):
    user = forum_member("mod@example.org", "Mo de Rator", party)
    user.user_permissions.add(*admin_permissions("moderate_forum", "access_admin"))
    return logged_in(user)


@pytest.fixture
def editor_client(party):
    user = forum_member("redacteur@example.org", "Eddy Tor", party)
    user.user_permissions.add(*admin_permissions("access_admin"))
    return logged_in(user)


@pytest.fixture(params=["staff", "moderator"])
def client_of(request, admin_client):
    if request.param == "staff":
        return admin_client
    return request.getfixturevalue("moderator_client")


def kinds():
    return list(ModerationAction.objects.order_by("created_at").values_list("kind", flat=True))


def test_lock_unlock_and_move_from_the_admin(client_of, thread):
    screen = client_of.get("/admin/forum/meldingen/").content.decode()
    assert "Vergoeding raadsleden" in screen and "Naar categorie" in screen
    assert client_of.post(f"/admin/forum/onderwerpen/{thread.pk}/lock/").status_code == 302
    assert Thread.objects.get(pk=thread.pk).locked
    client_of.post(f"/admin/forum/onderwerpen/{thread.pk}/unlock/")
    assert not Thread.objects.get(pk=thread.pk).locked
    raadswerk = Category.objects.get(slug="raadswerk")
    moved = client_of.post(
        f"/admin/forum/onderwerpen/{thread.pk}/move/", {"category": raadswerk.pk}
    )
    assert moved.status_code == 302
    assert Thread.objects.get(pk=thread.pk).category == raadswerk
    refused = client_of.post(f"/admin/forum/onderwerpen/{thread.pk}/move/", {"category": "x"})
    assert refused.status_code == 400
    assert "Kies een categorie" in refused.content.decode()
    assert kinds() == ["lock", "unlock", "move"]
    log = client_of.get("/admin/forum/meldingen/").content.decode()
    assert "algemeen → raadswerk" in log and "heropend" in log


def test_suspend_and_lift_from_the_admin(
    client_of, bram, mailbox, django_capture_on_commit_callbacks
):
    refused = client_of.post(f"/admin/forum/leden/{bram.pk}/schorsen/", {"days": 0, "reason": ""})
    assert refused.status_code == 400 and "Geef een aantal dagen" in refused.content.decode()
    assert not Suspension.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        done = client_of.post(
            f"/admin/forum/leden/{bram.pk}/schorsen/", {"days": 14, "reason": "Herhaalde spam"}
        )
    assert done.status_code == 302
    suspension = Suspension.objects.get(user=bram)
    assert (suspension.until - timezone.now()).days == 13
    assert forum_access(bram).state == "suspended"
    assert "geschorst" in mailbox.wait_for(1)["Subject"]
    screen = client_of.get("/admin/forum/meldingen/").content.decode()
    assert "Bram de Boer" in screen and "Schorsing opheffen" in screen

    mailbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        lifted = client_of.post(f"/admin/forum/schorsingen/{suspension.pk}/opheffen/")
    assert lifted.status_code == 302
    assert forum_access(bram).allowed
    told = mailbox.wait_for(1)
    assert "opgeheven" in told["Subject"] and "weer meedoen" in body(told)
    assert client_of.post(f"/admin/forum/schorsingen/{suspension.pk}/opheffen/").status_code == 404
    assert kinds() == ["suspend", "lift"]
    assert ModerationAction.objects.get(kind="lift").member == bram


def test_the_admin_screen_in_english(admin_client, admin_user, thread):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    html = admin_client.get("/admin/forum/meldingen/").content.decode()
    assert "To category" in html and "Topics" in html
    assert "Lock or reopen" in html and "Nobody is suspended." in html


def test_someone_in_the_admin_without_the_permission_gets_403(editor_client, bram, thread):
    assert editor_client.get("/admin/").status_code == 200
    assert editor_client.get("/admin/forum/meldingen/").status_code == 403
    for url, data in [
        (f"/admin/forum/onderwerpen/{thread.pk}/lock/", {}),
        (f"/admin/forum/onderwerpen/{thread.pk}/move/", {"category": thread.category_id}),
        (f"/admin/forum/leden/{bram.pk}/schorsen/", {"days": 7, "reason": "Spam"}),
    ]:
        assert editor_client.post(url, data).status_code == 403
    suspension = Suspension.objects.create(
        user=bram, until=timezone.now().replace(year=2099), reason="x"
    )
    assert (
        editor_client.post(f"/admin/forum/schorsingen/{suspension.pk}/opheffen/").status_code == 403
    )
    assert not Thread.objects.get(pk=thread.pk).locked
    assert not ModerationAction.objects.exists()
