"""Mails to members about their party, in the member's language."""

from django.apps import apps
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from accounts.models import member_language, member_name
from mail.messages import send_templated


def member_home_url(language):
    with translation.override(language):
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("member_home")


def send_membership_mail(template, membership):
    user = membership.user
    language = member_language(user)
    with translation.override(language):
        context = {
            "name": member_name(user),
            "party": membership.party_label(),
            "role": membership.get_role_display(),
            "reason": membership.refusal_reason,
            "member_home_url": member_home_url(language),
        }
    send_templated(
        template, to=user.email, language=language, context=context, reply_to=staff_address()
    )


def staff_address():
    """Replies go to the centre's contact address (site settings), when it has one."""
    contact = apps.get_model(settings.MAIL_CONTACT_SETTINGS).load()
    return contact.contact_email or None


def send_membership_approved(membership):
    send_membership_mail("parties/mail/membership_approved", membership)


def send_membership_refused(membership):
    send_membership_mail("parties/mail/membership_refused", membership)
