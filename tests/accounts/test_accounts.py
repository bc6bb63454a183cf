"""Sign-up, verification, login, password reset and throttling (django-allauth), in Dutch."""

import time

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail as django_mail

from tests.accounts.helpers import PASSWORD, make_member, signup_data
from tests.accounts.smtp import body, first_link

pytestmark = pytest.mark.django_db


def test_signup_form_is_dutch_labelled_and_errors_are_linked(client):
    page = client.get("/account/signup/").content.decode()
    for label in ('for="id_email"', 'for="id_full_name"', 'for="id_password1"'):
        assert label in page
    response = client.post("/account/signup/", {"email": "geen-adres", "password1": "kort"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vul uw naam in." in html
    assert "Voer een geldig e-mailadres in." in html
    assert 'aria-describedby="id_email_errors"' in html
    assert 'aria-invalid="true"' in html
    assert 'role="alert"' in html


def test_a_weak_or_mismatched_password_is_refused_in_dutch(client):
    response = client.post(
        "/account/signup/", signup_data("a@example.org", password1="12345678", password2="1")
    )
    html = response.content.decode()
    assert "Dit wachtwoord is te algemeen." in html or "volledig uit cijfers" in html
    assert not get_user_model().objects.filter(email="a@example.org").exists()


def test_a_taken_address_gets_a_mail_not_a_second_account(client, mailbox):
    make_member("bezet@example.org")
    response = client.post("/account/signup/", signup_data("bezet@example.org"))
    assert response.status_code == 302  # the same answer as for a new address
    mail = mailbox.wait_for(1)
    assert mail["Subject"] == "U hebt al een account bij het Kennispunt"
    assert "/account/password/reset/" in body(mail)
    assert get_user_model().objects.filter(email__iexact="bezet@example.org").count() == 1


def test_an_unverified_address_cannot_log_in_and_gets_a_new_link(client, mailbox):
    make_member("nog@example.org", verified=False)
    response = client.post("/account/login/", {"login": "nog@example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/account/confirm-email/"
    page = client.get(response["Location"]).content.decode()
    assert "nog@example.org" in page or "e-mail" in page.lower()
    assert "_auth_user_id" not in client.session
    assert first_link(mailbox.wait_for(1), "/account/confirm-email/")


def test_a_wrong_or_reused_confirmation_link_is_a_clear_page(client, mailbox):
    response = client.get("/account/confirm-email/onzin-sleutel/")
    assert response.status_code == 404 or response.status_code == 200
    html = response.content.decode()
    assert "verlopen" in html or "ongeldig" in html
    client.post("/account/signup/", signup_data("twee@example.org"))
    link = first_link(mailbox.wait_for(1), "/account/confirm-email/")
    client.post(link)
    client.post("/account/logout/")
    again = client.post(link)
    assert again.status_code in (200, 302, 404)
    assert again.status_code != 500


def test_an_expired_confirmation_link_verifies_nothing_and_says_so(client, mailbox, settings):
    client.post("/account/signup/", signup_data("laat@example.org"))
    link = first_link(mailbox.wait_for(1), "/account/confirm-email/")
    client.post("/account/logout/")
    settings.ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = 0  # the link's time is up a second on
    time.sleep(1.1)
    page = client.get(link)
    assert page.status_code in (200, 404)
    assert "verlopen" in page.content.decode()
    assert client.post(link).status_code in (200, 404)
    address = EmailAddress.objects.get(email="laat@example.org")
    assert not address.verified and "_auth_user_id" not in client.session


def test_login_failures_are_throttled(client):
    make_member("doel@example.org")
    for _attempt in range(5):
        response = client.post("/account/login/", {"login": "doel@example.org", "password": "fout"})
        assert response.status_code == 200
        assert "Het e-mailadres of het wachtwoord klopt niet." in response.content.decode()
    response = client.post("/account/login/", {"login": "doel@example.org", "password": PASSWORD})
    html = response.content.decode()
    assert "_auth_user_id" not in client.session
    assert "Te veel mislukte inlogpogingen" in html or response.status_code == 429


def test_password_reset_by_mail(client, mailbox):
    make_member("vergeten@example.org")
    response = client.post("/account/password/reset/", {"email": "vergeten@example.org"})
    assert response.status_code == 302
    mail = mailbox.wait_for(1)
    assert mail["Subject"] == "Nieuw wachtwoord voor Mijn Kennispunt"
    link = first_link(mail, "/account/password/reset/key/")
    page = client.get(link, follow=True)
    assert page.status_code == 200
    form_url = page.redirect_chain[-1][0] if page.redirect_chain else link
    response = client.post(
        form_url, {"password1": "Nieuw-Wachtwoord-77", "password2": "Nieuw-Wachtwoord-77"}
    )
    assert response.status_code == 302
    assert client.login(email="vergeten@example.org", password="Nieuw-Wachtwoord-77")
    reused = client.get(link, follow=True)
    assert reused.status_code == 200
    assert "ongeldig" in reused.content.decode().lower()


def test_reset_for_an_unknown_address_says_nothing_and_mails_the_address(client, mailbox):
    response = client.post("/account/password/reset/", {"email": "onbekend@example.org"})
    assert response.status_code == 302
    assert "/account/signup/" in body(mailbox.wait_for(1))


def test_members_cannot_reach_the_admin_and_staff_keep_their_login(client, admin_user):
    member = make_member("gewoon@example.org")
    client.force_login(member)
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    assert client.get("/admin/pages/").status_code == 302
    assert client.get("/django-admin/").status_code == 302
    client.logout()
    staff = client.get("/admin/login/")
    assert "Inloggen in Wagtail" in staff.content.decode()
    response = client.post("/admin/login/", {"username": "gewoon", "password": PASSWORD})
    assert client.get("/admin/").status_code == 302


def test_the_english_pages_are_english(client):
    html = client.get("/en/account/login/").content.decode()
    assert 'lang="en"' in html
    assert "Sign In" in html
    assert django_mail.outbox == []
