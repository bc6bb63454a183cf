"""The links in the mails: a confirmation link that expires, an unsubscribe link that does
not (it sits in every mail ever sent). Both are signed with SECRET_KEY, so nobody can make one
for somebody else's address."""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

CONFIRM_SALT = "newsletter.confirm"
UNSUBSCRIBE_SALT = "newsletter.unsubscribe"


def site_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def confirm_token(subscriber):
    value = f"{subscriber.pk}.{int(subscriber.consent_at.timestamp())}"
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(value)


def subscriber_of_confirm_token(token):
    """(subscriber id, consent time) or None for a forged, mangled or expired link."""
    max_age = settings.NEWSLETTER_CONFIRM_DAYS * 24 * 3600
    try:
        value = signing.TimestampSigner(salt=CONFIRM_SALT).unsign(token, max_age=max_age)
        pk, consent = value.split(".")
        return int(pk), int(consent)
    except (signing.BadSignature, ValueError):
        return None


def unsubscribe_token(subscriber_id):
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(str(subscriber_id))


def subscriber_of_unsubscribe_token(token):
    try:
        return int(signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token))
    except (signing.BadSignature, ValueError):
        return None


def confirm_url(subscriber):
    with translation.override(subscriber.language):
        return site_url(reverse("newsletter_confirm", args=[confirm_token(subscriber)]))


def unsubscribe_url(subscriber_id, language):
    with translation.override(language):
        return site_url(reverse("newsletter_unsubscribe", args=[unsubscribe_token(subscriber_id)]))
