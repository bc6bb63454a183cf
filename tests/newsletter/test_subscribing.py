"""Signing up and leaving, and every bad input on the way: a clear page, never a 500, and no
answer that tells whether an address is on the list."""

import datetime

import pytest
from django.core import signing

from mail.models import OutgoingMessage
from newsletter.factories import SubscriberFactory
from newsletter.models import Subscriber
from newsletter.tokens import CONFIRM_SALT, confirm_token, unsubscribe_token
from tests.html import parse

pytestmark = pytest.mark.django_db

SIGN_UP = {"email": "nieuw@example.nl", "language": "nl", "consent": "on"}


@pytest.fixture(autouse=True)
def no_signup_limit(settings):
    settings.NEWSLETTER_SIGNUP_LIMIT = 0


def sign_up(client, **changes):
    return client.post("/nieuwsbrief/aanmelden/", {**SIGN_UP, **changes})


def test_the_page_after_signing_up_is_the_same_for_new_known_and_confirmed_addresses(client):
    SubscriberFactory(email="bekend@example.nl")
    answers = []
    for email in ("nieuw@example.nl", "bekend@example.nl", "nieuw@example.nl"):
        response = sign_up(client, email=email)
        assert response.status_code == 302
        answers.append(client.get(response["Location"]).content)
    assert answers[0] == answers[1] == answers[2]
    assert OutgoingMessage.objects.filter(to=["bekend@example.nl"]).count() == 0
    assert OutgoingMessage.objects.filter(to=["nieuw@example.nl"]).count() == 2
    new = Subscriber.objects.get(email="nieuw@example.nl")
    assert new.status == "pending" and new.source == "form" and new.consent_text


def test_form_errors_are_dutch_and_nothing_is_saved(client):
    response = sign_up(client, email="geen-adres", consent="")
    assert response.status_code == 400
    soup = parse(response)
    assert soup.select_one(".form-errors[role=alert]")
    text = soup.get_text()
    assert "Vul een geldig e-mailadres in" in text
    assert "Geef toestemming" in text
    assert not Subscriber.objects.exists()


def test_a_bot_filling_the_honeypot_gets_the_same_page_and_no_subscription(client):
    response = sign_up(client, website="http://spam.example")
    assert response.status_code == 302
    assert not Subscriber.objects.exists() and not OutgoingMessage.objects.exists()


def test_too_many_sign_ups_from_one_address_get_a_429_page(client, settings):
    settings.NEWSLETTER_SIGNUP_LIMIT = 2
    codes = [sign_up(client, email=f"a{n}@example.nl").status_code for n in range(3)]
    assert codes == [302, 302, 429]
    assert Subscriber.objects.count() == 2


def test_the_footer_of_every_page_has_the_sign_up_form(client):
    soup = parse(client.get("/"))
    form = soup.select_one("footer form.newsletter-signup")
    assert form["action"] == "/nieuwsbrief/aanmelden/"
    assert form.find("input", attrs={"name": "language"})["value"] == "nl"
    english = parse(client.get("/en/")).select_one("footer form.newsletter-signup")
    assert english["action"] == "/en/newsletter/subscribe/"
    response = client.post(english["action"], {**SIGN_UP, "language": "en", "source": "footer"})
    assert response.status_code == 302 and response["Location"].startswith("/en/")
    assert Subscriber.objects.get().source == "footer"


def test_bad_expired_and_stale_confirmation_links(client, settings):
    assert client.get("/nieuwsbrief/bevestigen/onzin/").status_code == 400
    assert client.post("/nieuwsbrief/bevestigen/1:abc:def/").status_code == 400
    subscriber = SubscriberFactory(status="pending", confirmed_at=None)
    old = signing.TimestampSigner(salt=CONFIRM_SALT)
    value = f"{subscriber.pk}.{int(subscriber.consent_at.timestamp())}"
    stamp = datetime.datetime.now() - datetime.timedelta(days=settings.NEWSLETTER_CONFIRM_DAYS + 1)
    old.timestamp = lambda: signing.b62_encode(int(stamp.timestamp()))
    expired = old.sign(value)
    assert client.post(f"/nieuwsbrief/bevestigen/{expired}/").status_code == 400
    token = confirm_token(subscriber)
    Subscriber.objects.filter(pk=subscriber.pk).update(
        consent_at=subscriber.consent_at + datetime.timedelta(hours=1)
    )  # signed up again since: the old link no longer counts
    assert client.post(f"/nieuwsbrief/bevestigen/{token}/").status_code == 400
    assert Subscriber.objects.get(pk=subscriber.pk).status == "pending"


def test_a_confirmation_link_used_twice_still_says_confirmed(client):
    subscriber = SubscriberFactory(status="pending", confirmed_at=None)
    url = f"/nieuwsbrief/bevestigen/{confirm_token(subscriber)}/"
    assert client.post(url).status_code == 200
    assert client.post(url).status_code == 200
    assert Subscriber.objects.get(pk=subscriber.pk).status == "confirmed"


def test_unsubscribe_links_for_gone_or_forged_addresses(client):
    subscriber = SubscriberFactory()
    url = f"/nieuwsbrief/afmelden/{unsubscribe_token(subscriber.pk)}/"
    done = client.post(url)
    assert done.status_code == 200
    subscriber.delete()
    assert client.post(url).content == done.content  # no longer there: the same answer
    assert client.post("/nieuwsbrief/afmelden/12:vervalst/").status_code == 400
    assert client.get("/nieuwsbrief/afmelden/").status_code == 404


def test_a_new_sign_up_after_unsubscribing_needs_a_new_confirmation(client):
    SubscriberFactory(email="terug@example.nl", status="unsubscribed")
    sign_up(client, email="terug@example.nl")
    assert Subscriber.objects.get(email="terug@example.nl").status == "pending"
    assert OutgoingMessage.objects.filter(to=["terug@example.nl"]).count() == 1
