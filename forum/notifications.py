"""The forum's mails, in the member's language, all through one template (forum/mail/notice):
a subject, a few paragraphs, perhaps a quoted excerpt, and a link back into the forum."""

from django.conf import settings
from django.urls import reverse
from django.utils import formats, translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from accounts.models import member_language, member_name
from mail.messages import send_templated

TEMPLATE = "forum/mail/notice"


def absolute(name, *args, fragment=""):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(name, args=args) + fragment


def send(user, build):
    """`build()` runs in the member's language and returns the template's context."""
    language = member_language(user)
    with translation.override(language):
        context = {"name": member_name(user), **build()}
    send_templated(TEMPLATE, to=user.email, language=language, context=context)


def post_url(post):
    return absolute("forum_thread", post.thread_id, fragment=f"#bericht-{post.pk}")


def excerpt(post):
    return Truncator(post.body).chars(400)


def send_new_post(user, post, author_name):
    send(user, lambda: {
        "subject": _("Nieuw bericht in “%(title)s”") % {"title": post.thread.title},
        "paragraphs": [_("%(author)s schreef in een onderwerp dat u volgt:") % {
            "author": author_name}],
        "quote": excerpt(post),
        "url": post_url(post),
        "url_label": _("Lees en reageer op het forum"),
    })  # fmt: skip


def send_digest(user, posts):
    send(user, lambda: {
        "subject": _("Forum: %(count)s nieuwe berichten") % {"count": len(posts)},
        "paragraphs": [_("Nieuw op het forum in wat u volgt:")] + [
            f"{post.thread.title}: {post_url(post)}" for post in posts],
        "url": absolute("forum_new"),
        "url_label": _("Alles wat nieuw is"),
    })  # fmt: skip


def send_post_hidden(post, note):
    send(post.author, lambda: {
        "subject": _("Uw bericht op het forum is verborgen"),
        "paragraphs": [
            _("Een moderator heeft uw bericht in “%(title)s” verborgen.") % {
                "title": post.thread.title},
            note or _("De moderator gaf geen toelichting."),
        ],
        "quote": excerpt(post),
        "url": absolute("forum_conduct"),
        "url_label": _("Lees de gedragscode"),
    })  # fmt: skip


def send_post_restored(post, note):
    send(post.author, lambda: {
        "subject": _("Uw bericht op het forum is teruggezet"),
        "paragraphs": [_("Een moderator heeft uw bericht in “%(title)s” teruggezet.") % {
            "title": post.thread.title}] + ([note] if note else []),
        "url": post_url(post),
        "url_label": _("Naar het bericht"),
    })  # fmt: skip


def send_suspended(suspension):
    until = formats.date_format(suspension.until, "DATE_FORMAT")
    send(suspension.user, lambda: {
        "subject": _("U bent tijdelijk geschorst op het forum"),
        "paragraphs": [
            _("U kunt tot %(until)s niet op het forum lezen of schrijven.") % {"until": until},
            suspension.reason,
        ],
        "url": absolute("forum_conduct"),
        "url_label": _("Lees de gedragscode"),
    })  # fmt: skip


def send_suspension_lifted(suspension):
    send(suspension.user, lambda: {
        "subject": _("Uw schorsing op het forum is opgeheven"),
        "paragraphs": [_("Een moderator heeft uw schorsing opgeheven; u kunt weer meedoen.")],
        "url": absolute("forum_index"),
        "url_label": _("Naar het forum"),
    })  # fmt: skip
