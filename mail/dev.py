"""/admin/mail/: the messages the development backend wrote to var/mail/ (superusers only; a
404 wherever mail really leaves the machine)."""

import re
from email import policy
from email.parser import BytesParser

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import render

from .backends import folder

FILE_NAME = re.compile(r"^[0-9-]+\.eml$")


def guard(request):
    if settings.EMAIL_BACKEND != "mail.backends.EmlFileBackend":
        raise Http404("Mail leaves this machine; there is no local mailbox.")
    if not request.user.is_superuser:
        raise PermissionDenied


def read(path):
    with path.open("rb") as handle:
        return BytesParser(policy=policy.default).parse(handle)


def mailbox(request):
    guard(request)
    paths = sorted(folder().glob("*.eml"), reverse=True)[:200] if folder().exists() else []
    mails = []
    for path in paths:
        parsed = read(path)
        mails.append(
            {"name": path.name, "subject": parsed["subject"], "to": parsed["to"],
             "date": parsed["date"]}
        )  # fmt: skip
    return render(request, "mail/dev/mailbox.html", {"mails": mails, "folder": folder()})


def message(request, name):
    guard(request)
    path = folder() / name
    if not FILE_NAME.match(name) or not path.is_file():
        raise Http404
    parsed = read(path)
    text = parsed.get_body(preferencelist=("plain",))
    html = parsed.get_body(preferencelist=("html",))
    context = {
        "name": name,
        "headers": list(parsed.items()),
        "text": text.get_content() if text else "",
        "html": html.get_content() if html else "",
    }
    return render(request, "mail/dev/message.html", context)
