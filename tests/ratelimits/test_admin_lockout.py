"""The editors' login locks an address out after repeated wrong passwords, even at an even pace
and even for the right password then, with a Dutch 429 page (issue 10, django-axes)."""

import pytest

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
PASSWORD = "juist-wachtwoord-91"


@pytest.fixture
def editor_account(django_user_model):
    return django_user_model.objects.create_superuser(
        username="redacteur", email="redacteur@example.org", password=PASSWORD
    )


def log_in(client, password, **extra):
    return client.post(LOGIN, {"username": "redacteur", "password": password}, **extra)


def test_thirty_wrong_passwords_lock_the_address_out_also_for_the_right_one(
    client, settings, editor_account
):
    settings.AXES_FAILURE_LIMIT = 10
    answers = [log_in(client, f"fout-{n}").status_code for n in range(30)]
    assert set(answers[:9]) == {200}  # the form again, with its error
    assert set(answers[10:]) == {429}
    right = log_in(client, PASSWORD)
    assert right.status_code == 429
    assert "Te veel mislukte inlogpogingen" in right.content.decode()
    assert int(right["Retry-After"]) == 15 * 60
    assert "_auth_user_id" not in client.session


def test_the_lockout_is_per_address(client, settings, editor_account):
    settings.AXES_FAILURE_LIMIT = 3
    for n in range(4):
        log_in(client, f"fout-{n}", REMOTE_ADDR="10.0.0.1")
    answer = log_in(client, PASSWORD, REMOTE_ADDR="10.0.0.2")
    assert answer.status_code == 302 and client.session["_auth_user_id"]


def test_a_spoofed_forwarded_hop_does_not_escape_the_lockout(client, settings, editor_account):
    settings.AXES_FAILURE_LIMIT, settings.TRUSTED_PROXY_COUNT = 3, 1
    for n in range(4):
        log_in(client, f"fout-{n}", HTTP_X_FORWARDED_FOR=f"10.{n}.0.1, 203.0.113.5")
    answer = log_in(client, PASSWORD, HTTP_X_FORWARDED_FOR="10.99.0.1, 203.0.113.5")
    assert answer.status_code == 429


def test_a_few_mistakes_then_the_right_password_logs_in(client, settings, editor_account):
    settings.AXES_FAILURE_LIMIT = 10
    for n in range(3):
        assert log_in(client, f"fout-{n}").status_code == 200
    assert log_in(client, PASSWORD).status_code == 302


def test_member_logins_are_left_to_allauths_own_limits(client, settings, editor_account):
    settings.AXES_FAILURE_LIMIT = 1
    for n in range(3):
        client.post("/account/login/", {"login": "redacteur@example.org", "password": f"f{n}"})
    assert log_in(client, PASSWORD).status_code == 302
