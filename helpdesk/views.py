"""The question form (a sub-route of the helpdesk page) and the asker's status page."""

from django.core import signing
from django.core.files.base import ContentFile
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail import hooks

from accounts.models import member_name
from parties.membership import open_membership
from parties.models import MembershipStatus
from ratelimits.counters import over_limit
from ratelimits.middleware import client_address

from . import challenge, conf
from .attachments import stored_name
from .forms import QuestionForm
from .services import create_question, question_for_token, status_path
from .storage import private_storage

PENDING_SALT = "helpdesk.pending"
SUGGESTIONS = 5
HOUR = 3600


def private(response):
    add_never_cache_headers(response)
    response["Cache-Control"] += ", private"
    return response


def initial_for(user):
    if not user.is_authenticated:
        return {}
    initial = {"name": member_name(user), "email": user.email}
    membership = open_membership(user)
    if membership and membership.status == MembershipStatus.APPROVED:
        initial.update(party=membership.party_id, role=membership.role)
    return initial


def suggestions_for(text, language):
    query = " ".join(text.split()[:30])
    results = []
    for search in hooks.get_hooks("site_search"):
        results.extend(search(query, language, SUGGESTIONS))
    return results[:SUGGESTIONS]


def keep_pending(form):
    """Keep an uploaded file across the suggestions step (a browser cannot re-send it)."""
    upload = form.cleaned_data.get("attachment")
    if upload:
        name = private_storage.save(f"helpdesk/pending/{stored_name(form.attachment_kind)}", upload)
        return signing.dumps({"name": name, "label": upload.name[:200]}, salt=PENDING_SALT)
    return form.cleaned_data.get("pending_attachment", "")


def pending_file(token):
    if not token:
        return None
    try:
        data = signing.loads(token, salt=PENDING_SALT, max_age=2 * HOUR)
    except signing.BadSignature:
        return None
    if not data["name"].startswith("helpdesk/pending/") or not private_storage.exists(data["name"]):
        return None
    return data


def rate_limited(request, email):
    limit = conf.questions_per_hour()
    by_client = over_limit(f"helpdesk:client:{client_address(request)}", limit, HOUR)
    by_address = over_limit(f"helpdesk:email:{email.lower()}", limit, HOUR)
    return max(by_client, by_address)


def ask(request, page):
    language = get_language()
    form = QuestionForm(
        request.POST or None,
        request.FILES or None,
        locale=page.locale,
        initial=initial_for(request.user),
    )
    context = {"page": page, "self": page, "form": form, "suggestions": None, "status": 200}
    if request.method == "POST":
        response = submit(request, page, form, language, context)
        if response is not None:
            return response
    context["altcha_challenge"] = challenge.new_challenge()
    status = context.pop("status")
    return private(TemplateResponse(request, "helpdesk/ask.html", context, status=status))


def submit(request, page, form, language, context):
    if not form.is_valid():
        context["status"] = 400
        return None
    data = form.cleaned_data
    retry_after = rate_limited(request, data["email"])
    if retry_after:
        form.add_error(
            None,
            _(
                "U hebt het afgelopen uur al veel vragen gesteld. Probeer het later opnieuw, "
                "of mail of bel ons."
            ),
        )
        context["status"] = 429
        return None
    pending = keep_pending(form)
    if not data["seen_suggestions"]:
        suggestions = suggestions_for(data["text"], language)
        if suggestions:
            context["suggestions"] = suggestions
            form.data = form.data.copy()
            form.data["seen_suggestions"] = "1"
            form.data["pending_attachment"] = pending
            return None
    spam_reason = ""
    if form.honeypot_filled:
        spam_reason = "honeypot"
    elif not challenge.is_solved(data["altcha"]):
        spam_reason = "proof-of-work"
    fields = {
        "name": data["name"],
        "email": data["email"],
        "party": data["party"],
        "party_name": data["party_name"],
        "role": data["role"],
        "topic": data["topic"],
        "text": data["text"],
        "language": language,
        "user": request.user if request.user.is_authenticated else None,
    }
    attachment = pending_file(pending)
    if attachment:
        with private_storage.open(attachment["name"]) as handle:
            content = handle.read()
        private_storage.delete(attachment["name"])
        fields["attachment_name"] = attachment["label"]
        kind = attachment["name"].rsplit(".", 1)[-1]
    question = create_question(page=page, spam_reason=spam_reason, **fields)
    if attachment:
        question.attachment.save(stored_name(kind), ContentFile(content), save=True)
    return redirect(status_path(question, page) + "&verstuurd=1")


def status(request, page, token):
    question = question_for_token(token)
    if question is None:
        context = {"page": page, "self": page}
        response = TemplateResponse(request, "helpdesk/status_unknown.html", context, status=404)
        return private(response)
    context = {
        "page": page,
        "self": page,
        "question": question,
        "just_sent": request.GET.get("verstuurd") == "1",
    }
    return private(TemplateResponse(request, "helpdesk/status.html", context))
