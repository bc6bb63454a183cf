"""The issue as an e-mail: HTML with its CSS inlined (css-inline: mail clients drop <style>),
a plain-text part, the "bekijk in de browser" link and a personal unsubscribe link. Images
are not needed to read it, and there are no tracking pixels or tracked links."""

import re
from email.utils import make_msgid

import css_inline
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from mail.messages import message_domain, site_context

from .tokens import unsubscribe_url
from .trainings import as_shown

# Stands in for each recipient's own unsubscribe link in the rendered mail.
UNSUBSCRIBE_MARK = "NEWSLETTER-UNSUBSCRIBE-URL"
TEXT_LINK = re.compile(r"(?m)(?<=^  )/\S*")


def render_issue(issue, trainings):
    """(subject, text, html) of the issue, with UNSUBSCRIBE_MARK for the personal link."""
    language = issue.locale.language_code
    with translation.override(language):
        context = {
            **site_context(),
            "language": language,
            "page": issue,
            "trainings": as_shown(trainings),
            "view_url": issue.get_full_url(),
            "unsubscribe_url": UNSUBSCRIBE_MARK,
        }
        html = render_to_string("newsletter/mail/issue.html", context)
        text = render_to_string("newsletter/mail/issue.txt", context)
    # Page links render root-relative on the site; a mail needs them whole.
    site_url = context["site_url"]
    html = html.replace('href="/', f'href="{site_url}/').replace('src="/', f'src="{site_url}/')
    text = TEXT_LINK.sub(lambda found: site_url + found.group(0), text)
    inliner = css_inline.CSSInliner(keep_style_tags=False, load_remote_stylesheets=False)
    return issue.title, normalise_text(text), inliner.inline(html)


def normalise_text(text):
    lines = [line.rstrip() for line in text.splitlines()]
    blank_runs_collapsed = []
    for line in lines:
        if line or (blank_runs_collapsed and blank_runs_collapsed[-1]):
            blank_runs_collapsed.append(line)
    return "\n".join(blank_runs_collapsed).strip() + "\n"


def message_for(send, delivery, connection):
    url = unsubscribe_url(delivery.subscriber_id or 0, send.language)
    email = EmailMultiAlternatives(
        subject=send.subject,
        body=send.body_text.replace(UNSUBSCRIBE_MARK, url),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[delivery.email],
        headers={
            "Message-ID": make_msgid(domain=message_domain()),
            "List-Unsubscribe": f"<{url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "List-Id": f"<newsletter-{send.language}.{message_domain()}>",
        },
        connection=connection,
    )
    email.attach_alternative(send.body_html.replace(UNSUBSCRIBE_MARK, url), "text/html")
    return email
