"""Sending a templated mail in the reader's language.

Same call as the project's mail platform (`mail.messages.send_templated`): the template name
`<template>` renders `<template>_subject.txt`, `<template>.txt` and `<template>.html`. Until the
platform is on main this module sends with Django's EmailMultiAlternatives; afterwards it only
forwards to it.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation


def send_templated(template, *, to, language, context=None, reply_to=None, attachments=()):
    context = dict(context or {})
    recipients = [to] if isinstance(to, str) else list(to)
    with translation.override(language):
        context.setdefault("LANGUAGE_CODE", language)
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        text = render_to_string(f"{template}.txt", context)
        html = render_to_string(f"{template}.html", context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=recipients,
        reply_to=[reply_to] if isinstance(reply_to, str) else reply_to,
    )
    message.attach_alternative(html, "text/html")
    for attachment in attachments:
        message.attach(*attachment)
    message.send()
    return message
