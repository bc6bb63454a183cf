"""Every e-mail the site sends is built here, from templates, and sent by a background task."""

import base64
import re
from email.utils import getaddresses, make_msgid
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.template.loader import select_template
from django.utils import translation

from .models import OutgoingMessage


def send_templated(template, *, to, language, context=None, reply_to=None, attachments=()):
    """Build one message from templates, store it and queue its sending; returns the stored
    `OutgoingMessage`. Never talks to the mail server itself and never raises because of it.

    template     the templates' common name, e.g. "trainings/mail/confirmation": renders
                 `<template>_subject.txt` (one line), `<template>.txt` (plain-text part) and
                 `<template>.html` (HTML part). A language-specific file is preferred where it
                 exists (`<template>.en.html`); otherwise one template with {% translate %}.
                 The parts extend "mail/layout.txt" and "mail/layout.html" (block `content`),
                 which add the site's name and contact details.
    to           an address or a list of them ("Naam <naam@example.nl>" allowed).
    language     "nl" or "en": the recipient's language, active while rendering.
    context      the templates' variables; `site_name`, `site_url`, `contact_email` and
                 `contact_phone` are added.
    reply_to     an address or list where replies go (e.g. the staff member who answers).
    attachments  (filename, content: bytes or str, mimetype) tuples.

    The message gets a Message-ID on the site's domain (MAIL_DOMAIN) and is sent from
    DEFAULT_FROM_EMAIL. Call it inside the transaction that makes what the message is about:
    the message and its task are stored with it, or not at all. Failed sends are retried
    (MAIL_ATTEMPTS) and then listed under Reports → Mislukte taken.
    """
    recipients = addresses(to)
    if not recipients:
        raise ValueError("send_templated needs at least one recipient.")
    if language not in dict(settings.LANGUAGES):
        raise ValueError(f"Unknown language {language!r} for {template}.")
    with translation.override(language):
        full_context = {**site_context(), **(context or {}), "language": language}
        subject = render_part(template, "_subject.txt", full_context)
        body_text = render_part(template, ".txt", full_context)
        body_html = render_part(template, ".html", full_context)
    message = OutgoingMessage(
        template=template,
        language=language,
        message_id=make_msgid(domain=message_domain()),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=recipients,
        reply_to=addresses(reply_to),
        subject=" ".join(subject.split())[:998],
        body_text=body_text.strip() + "\n",
        body_html=body_html,
        attachments=[encode_attachment(*attachment) for attachment in attachments],
    )
    with transaction.atomic():
        message.save()
        queue(message)
    return message


def queue(message):
    from .tasks import send_message

    def enqueue():
        send_message.enqueue(message.pk)

    # The immediate backend sends at once: wait until the message's row is committed, so a
    # rolled-back request sends nothing. The database backend's task row commits with it.
    if send_message.get_backend().supports_defer:
        enqueue()
    else:
        transaction.on_commit(enqueue)


def message_domain():
    return settings.MAIL_DOMAIN or urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"


def addresses(value):
    if not value:
        return []
    values = [value] if isinstance(value, str) else list(value)
    result = []
    for name, address in getaddresses(values):
        try:
            validate_email(address)
        except ValidationError:
            raise ValueError(f"Not an e-mail address: {address!r}") from None
        result.append(f"{name} <{address}>" if name else address)
    return result


def render_part(template, suffix, context):
    """`<template><suffix>`, preferring its version for the active language."""
    base, extension = suffix.rsplit(".", 1)
    language = translation.get_language()
    names = [f"{template}{base}.{language}.{extension}", f"{template}{suffix}"]
    return select_template(names).render(context)


def site_context():
    contact = {}
    if settings.MAIL_CONTACT_SETTINGS:
        model = apps.get_model(settings.MAIL_CONTACT_SETTINGS)
        contact = model.load()
    return {
        "site_name": settings.WAGTAIL_SITE_NAME,
        "site_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
        "contact_email": getattr(contact, "contact_email", "") or "",
        "contact_phone": getattr(contact, "contact_phone", "") or "",
    }


def encode_attachment(filename, content, mimetype):
    data = content.encode() if isinstance(content, str) else bytes(content)
    return {
        "filename": re.sub(r"[\r\n]", " ", filename),
        "mimetype": mimetype,
        "content": base64.b64encode(data).decode(),
    }
