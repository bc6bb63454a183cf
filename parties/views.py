"""The member's request to join a party (/mijn/partij/, /en/my/party/)."""

from allauth.account.decorators import verified_email_required
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from .forms import MembershipRequestForm, UnlistedPartyForm
from .membership import MembershipError, open_membership, request_membership, withdraw_request
from .models import LocalParty

RESULTS = 25


def search_results(text):
    if not text:
        return []
    parties = LocalParty.objects.public().matching(text).prefetch_related("municipalities")
    return list(parties[:RESULTS])


@never_cache
@verified_email_required
@require_http_methods(["GET", "POST"])
def request_party(request):
    current = open_membership(request.user)
    query = (request.GET.get("q") or request.POST.get("q") or "").strip()[:100]
    results = search_results(query)
    action = request.POST.get("action")
    form = MembershipRequestForm(request.POST if action == "register" else None, results=results)
    unlisted = UnlistedPartyForm(request.POST if action == "unlisted" else None)
    if request.method == "POST" and current is None:
        chosen = form if action == "register" else unlisted if action == "unlisted" else None
        if chosen is not None and chosen.is_valid():
            data = chosen.cleaned_data
            try:
                request_membership(
                    request.user,
                    role=data["role"],
                    party=data.get("party"),
                    party_name=data.get("party_name", ""),
                    municipality=data.get("municipality", ""),
                )
            except MembershipError:
                messages.error(request, _("U hebt al een aanvraag of lidmaatschap."))
            else:
                sent = _(
                    "Uw aanvraag is verstuurd. U krijgt een e-mail zodra we haar hebben bekeken."
                )
                messages.success(request, sent)
            return redirect("member_home")
    elif request.method == "POST":
        messages.error(request, _("U hebt al een aanvraag of lidmaatschap."))
        return redirect("member_home")
    context = {
        "current": current,
        "query": query,
        "results": results,
        "form": form,
        "unlisted": unlisted,
    }
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "parties/request_party.html", context, status=status)


@verified_email_required
@require_http_methods(["POST"])
def withdraw(request):
    current = open_membership(request.user)
    if current is not None and current.is_pending:
        withdraw_request(current)
        messages.success(request, _("Uw aanvraag is ingetrokken."))
    return redirect("member_home")
