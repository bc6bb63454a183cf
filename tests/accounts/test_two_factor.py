"""Two-factor authentication for the admin (allauth.mfa, ADMIN_REQUIRE_TWO_FACTOR): editors set
up an authenticator app before they reach the admin, then log in with password and code; members
are not forced; with the setting off the admin login is Wagtail's own (issue 20)."""

import time
from io import StringIO

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import (
    SECRET_SESSION_KEY,
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from django.core.management import CommandError, call_command

from accounts.two_factor import has_authenticator_app
from tests.accounts.helpers import PASSWORD, make_member

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
ACTIVATE = "/account/2fa/totp/activate/"
AUTHENTICATE = "/account/2fa/authenticate/"


def current_code(secret):
    """The code the editor's app shows now (allauth's own TOTP functions, 30-second steps)."""
    if time.time() % 30 > 28:  # not at the edge of a step: the code must hold for the request
        time.sleep(2.5)
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


@pytest.fixture
def two_factor_on(settings):
    settings.ADMIN_REQUIRE_TWO_FACTOR = True


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser(
        username="redacteur", email="redacteur@example.org", password=PASSWORD
    )


@pytest.fixture
def editor_secret(editor):
    secret = generate_totp_secret()
    TOTP.activate(editor, secret)
    RecoveryCodes.activate(editor)
    return secret


def log_in(client, password=PASSWORD):
    return client.post(LOGIN, {"username": "redacteur", "password": password})


def test_an_editor_without_an_app_is_sent_to_set_one_up(client, two_factor_on, editor):
    assert log_in(client)["Location"] == "/admin/"
    for path in ("/admin/", "/admin/pages/", "/django-admin/"):
        response = client.get(path)
        assert response.status_code == 302 and response["Location"] == ACTIVATE, path
    page = client.get(ACTIVATE).content.decode()
    assert "Stel eerst een authenticator-app in" in page
    assert 'alt="QR-code om uw account' in page
    secret = client.session[SECRET_SESSION_KEY]
    assert f'<code aria-labelledby="totp-secret-label" class="totp-secret">{secret}</code>' in page
    assert '<label for="id_code">Code uit uw authenticator-app' in page

    wrong = client.post(ACTIVATE, {"code": "000000" if current_code(secret) != "000000" else "1"})
    assert "Deze code klopt niet." in wrong.content.decode()
    activated = client.post(ACTIVATE, {"code": current_code(secret)})
    assert activated["Location"] == "/account/2fa/recovery-codes/"
    codes = client.get(activated["Location"]).content.decode()
    assert "Herstelcodes" in codes and 'href="/admin/"' in codes
    assert client.get("/admin/").status_code == 200


def test_login_asks_for_the_code_after_the_password(client, two_factor_on, editor_secret):
    first = log_in(client)
    assert first.status_code == 302 and first["Location"] == AUTHENTICATE
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/")["Location"].startswith(LOGIN)
    step = client.get(AUTHENTICATE).content.decode()
    assert "Inloggen: tweede stap" in step and '<label for="id_code">' in step

    right = current_code(editor_secret)
    wrong = client.post(AUTHENTICATE, {"code": "123456" if right != "123456" else "654321"})
    assert wrong.status_code == 200
    assert "Deze code klopt niet." in wrong.content.decode()
    assert "_auth_user_id" not in client.session

    done = client.post(AUTHENTICATE, {"code": right})
    assert done["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_odd_codes_and_a_cancelled_step_are_answered_not_errors(
    client, two_factor_on, editor_secret
):
    assert client.post(AUTHENTICATE, {"code": "123456"}).status_code == 302  # no login begun
    log_in(client)
    for code in ("", "x" * 5000, "12 34 56", "<script>"):
        assert client.post(AUTHENTICATE, {"code": code}).status_code == 200, code
    cancelled = client.post("/account/logout/")
    assert cancelled.status_code == 302
    assert client.get(AUTHENTICATE).status_code == 302  # the half-done login is gone
    assert "_auth_user_id" not in client.session


def test_guessing_codes_is_stopped_after_five_tries(client, two_factor_on, editor_secret):
    log_in(client)
    right = current_code(editor_secret)
    guesses = [f"{n:06d}" for n in range(7) if f"{n:06d}" != right][:6]
    answers = [client.post(AUTHENTICATE, {"code": code}).content.decode() for code in guesses]
    assert all("Deze code klopt niet." in html for html in answers[:5])
    assert "Te veel mislukte inlogpogingen" in answers[5]
    refused = client.post(AUTHENTICATE, {"code": right})
    assert refused.status_code == 200 and "_auth_user_id" not in client.session


def test_a_used_code_does_not_log_in_twice(client, two_factor_on, editor_secret):
    code = current_code(editor_secret)
    log_in(client)
    assert client.post(AUTHENTICATE, {"code": code})["Location"] == "/admin/"
    client.post("/admin/logout/")
    log_in(client)
    assert "Deze code klopt niet." in client.post(AUTHENTICATE, {"code": code}).content.decode()


def test_a_recovery_code_logs_in_once(client, two_factor_on, editor, editor_secret):
    code = RecoveryCodes(Authenticator.objects.get(user=editor, type="recovery_codes"))
    first = code.get_unused_codes()[0]
    log_in(client)
    assert client.post(AUTHENTICATE, {"code": first})["Location"] == "/admin/"


def test_the_next_page_is_kept_through_the_second_step(client, two_factor_on, editor_secret):
    client.post(f"{LOGIN}?next=/admin/pages/", {"username": "redacteur", "password": PASSWORD})
    done = client.post(AUTHENTICATE, {"code": current_code(editor_secret)})
    assert done["Location"] == "/admin/pages/"


def test_the_django_admin_login_goes_to_the_two_step_login(client, two_factor_on, editor_secret):
    response = client.get("/django-admin/login/?next=/django-admin/auth/")
    assert response["Location"] == "/admin/login/?next=%2Fdjango-admin%2Fauth%2F"


def test_with_the_setting_off_the_admin_login_is_as_before(client, settings, editor_secret):
    settings.ADMIN_REQUIRE_TWO_FACTOR = False
    assert log_in(client)["Location"] == "/admin/"
    assert client.session["_auth_user_id"]
    assert client.get("/admin/").status_code == 200


def test_a_member_is_not_asked_to_set_up_an_app(client, two_factor_on):
    member = make_member("lid@example.org")
    response = client.post("/account/login/", {"login": member.email, "password": PASSWORD})
    assert response["Location"] == "/mijn/"
    assert client.get("/mijn/").status_code == 200
    admin = client.get("/admin/")
    assert admin.status_code == 302 and admin["Location"] != ACTIVATE


def test_wrong_passwords_still_lock_the_address_out(client, settings, two_factor_on, editor_secret):
    settings.AXES_FAILURE_LIMIT = 5
    answers = [log_in(client, f"fout-{n}").status_code for n in range(8)]
    assert set(answers[:4]) == {200} and set(answers[5:]) == {429}
    right = log_in(client)
    assert right.status_code == 429
    assert "Te veel mislukte inlogpogingen" in right.content.decode()
    assert AUTHENTICATE not in right.get("Location", "")


def test_reset_two_factor_lets_an_editor_who_lost_the_app_set_up_a_new_one(
    client, two_factor_on, editor, editor_secret
):
    out = StringIO()
    call_command("reset_two_factor", "redacteur", stdout=out)
    assert "removed" in out.getvalue()
    assert not Authenticator.objects.filter(user=editor).exists()
    assert log_in(client)["Location"] == "/admin/"  # the password alone, no second step
    assert client.get("/admin/")["Location"] == ACTIVATE
    again = StringIO()
    call_command("reset_two_factor", "redacteur", stdout=again)
    assert "nothing changed" in again.getvalue()
    with pytest.raises(CommandError, match="No user 'niemand'"):
        call_command("reset_two_factor", "niemand")


def test_an_editor_cannot_switch_the_app_off_while_the_admin_requires_it(
    client, settings, two_factor_on, editor, editor_secret
):
    log_in(client)
    client.post(AUTHENTICATE, {"code": current_code(editor_secret)})
    account = client.get("/admin/account/").content.decode()
    assert 'href="/account/2fa/"' in account and "Tweestapsverificatie" in account
    refused = client.post("/account/2fa/totp/deactivate/")
    assert "u kunt uw authenticator-app niet uitzetten" in refused.content.decode()
    assert has_authenticator_app(editor)
    settings.ADMIN_REQUIRE_TWO_FACTOR = False
    assert client.post("/account/2fa/totp/deactivate/")["Location"] == "/account/2fa/"
    assert not has_authenticator_app(editor)
