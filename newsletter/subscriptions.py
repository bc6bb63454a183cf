"""Signing up, confirming and leaving: what the views, the member panel and the import share.
None of it tells the person at the form whether an address was already on the list."""

from allauth.account.models import EmailAddress
from django.db import transaction
from django.utils import timezone

from mail.messages import send_templated

from .forms import consent_text
from .models import Subscriber
from .tokens import confirm_url

Status = Subscriber.Status


@transaction.atomic
def request_subscription(*, email, language, name="", party=None, source):
    """A pending subscription and its confirmation mail; a confirmed address stays as it is
    and gets no mail (the page the person sees is the same either way)."""
    subscriber = (
        Subscriber.objects.select_for_update().filter(email=email, language=language).first()
    )
    if subscriber is not None and subscriber.status == Status.CONFIRMED:
        return subscriber
    subscriber = subscriber or Subscriber(email=email, language=language)
    subscriber.name = name or subscriber.name
    subscriber.party = party or subscriber.party
    subscriber.status = Status.PENDING
    subscriber.source = source
    subscriber.consent_at = timezone.now().replace(microsecond=0)
    subscriber.consent_text = consent_text(language)
    subscriber.save()
    send_templated(
        "newsletter/mail/confirm",
        to=email,
        language=language,
        context={"confirm_url": confirm_url(subscriber), "subscriber": subscriber},
    )
    return subscriber


def confirm(subscriber_id, consent_timestamp):
    """True when the link confirmed (or had confirmed) this subscription."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None or int(subscriber.consent_at.timestamp()) != consent_timestamp:
        return False  # a link from before a later sign-up, or for an address since removed
    if subscriber.status == Status.PENDING:
        subscriber.confirm()
    return subscriber.status == Status.CONFIRMED


def unsubscribe(subscriber_id):
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is not None:
        subscriber.unsubscribe()


def verified_address(user):
    """The member's primary address when its owner proved it (allauth's confirmation link)."""
    address = EmailAddress.objects.filter(user=user, primary=True, verified=True).first()
    return address.email.lower() if address else None


@transaction.atomic
def subscribe_member(user, language):
    """A member with a proven address subscribes from Mijn Kennispunt in one step: the proof a
    confirmation mail would give is already there. The consent is recorded as on the form.
    Returns None when the address is unproven (the caller falls back to the mail)."""
    email = verified_address(user)
    if email is None:
        return None
    subscriber = Subscriber.objects.select_for_update().filter(
        email=email, language=language
    ).first() or Subscriber(email=email, language=language)
    if subscriber.status != Status.CONFIRMED:
        subscriber.name = subscriber.name or user.get_full_name()
        subscriber.source = Subscriber.Source.MEMBER
        subscriber.consent_at = timezone.now().replace(microsecond=0)
        subscriber.consent_text = consent_text(language)
        subscriber.status = Status.CONFIRMED
        subscriber.confirmed_at = subscriber.consent_at
        subscriber.unsubscribed_at = None
        subscriber.save()
    return subscriber
