"""A member manages the newsletter in Mijn Kennispunt: one step to subscribe with a proven
address (the consent recorded as on the form), a confirmation mail when the address is not
proven, and the one-click unsubscribe."""

import pytest
from allauth.account.models import EmailAddress

from mail.models import OutgoingMessage
from newsletter.models import Subscriber
from newsletter.tokens import unsubscribe_url

pytestmark = pytest.mark.django_db

SUBSCRIBE = "/nieuwsbrief/mijn-aanmelding/"


@pytest.fixture
def member(django_user_model):
    user = django_user_model.objects.create_user(
        "lid", "Lid@Example.nl", "x", first_name="Anna", last_name="de Vries"
    )
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    return user


def test_a_verified_member_subscribes_in_one_step_and_unsubscribes(client, member):
    client.force_login(member)
    home = client.get("/mijn/").content.decode()
    assert "Aanmelden voor de Nederlandstalige nieuwsbrief" in home
    assert "U ontvangt de nieuwsbrief niet." in home

    response = client.post(SUBSCRIBE, {"language": "nl"})
    assert response.status_code == 302 and response["Location"] == "/mijn/"
    subscriber = Subscriber.objects.get(email="lid@example.nl", language="nl")
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.source == Subscriber.Source.MEMBER
    assert subscriber.name == "Anna de Vries"
    assert "met één klik weer afmelden" in subscriber.consent_text
    assert subscriber.confirmed_at == subscriber.consent_at
    assert not OutgoingMessage.objects.exists()

    home = client.get("/mijn/").content.decode()
    assert "U bent aangemeld voor de nieuwsbrief." in home
    assert "Nederlandstalige nieuwsbrief: Aangemeld" in home
    assert "Aanmelden voor de Nederlandstalige nieuwsbrief" not in home
    assert "Aanmelden voor de Engelstalige nieuwsbrief" in home

    client.post(unsubscribe_url(subscriber.pk, "nl"))
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    client.post(SUBSCRIBE, {"language": "nl"})
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED and subscriber.unsubscribed_at is None
    assert Subscriber.objects.count() == 1


def test_an_unproven_address_gets_the_confirmation_mail_instead(client, member):
    EmailAddress.objects.filter(user=member).update(verified=False)
    client.force_login(member)
    response = client.post(SUBSCRIBE, {"language": "en"}, follow=True)
    assert "bevestig daarin uw aanmelding" in response.content.decode()
    subscriber = Subscriber.objects.get(email="lid@example.nl", language="en")
    assert subscriber.status == Subscriber.Status.PENDING
    assert OutgoingMessage.objects.get().to == ["lid@example.nl"]


def test_bad_language_anonymous_and_get_change_nothing(client, member):
    anonymous = client.post(SUBSCRIBE, {"language": "nl"})
    assert anonymous.status_code == 302 and "/login" in anonymous["Location"]
    client.force_login(member)
    response = client.post(SUBSCRIBE, {"language": "xx"}, follow=True)
    assert "Kies de taal van de nieuwsbrief." in response.content.decode()
    assert client.get(SUBSCRIBE).status_code == 405
    assert not Subscriber.objects.exists()


def test_the_button_is_csrf_protected(member):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(member)
    assert strict.post(SUBSCRIBE, {"language": "nl"}).status_code == 403
    assert not Subscriber.objects.exists()
