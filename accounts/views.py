"""Mijn Kennispunt: the member's own pages (/mijn/, /en/my/)."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from .forms import DeleteAccountForm, ProfileForm
from .models import MemberProfile
from .registry import erase_member, member_data, member_panels


def is_staff_account(user):
    return user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin")


@never_cache
@login_required
def member_home(request):
    panels = [(panel, panel.render(request)) for panel in member_panels(request)]
    return TemplateResponse(request, "accounts/member_home.html", {"panels": panels})


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    instance, _created = MemberProfile.objects.get_or_create(
        user=request.user, defaults={"full_name": request.user.get_full_name()}
    )
    form = ProfileForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Uw gegevens zijn opgeslagen."))
        return redirect("member_home")
    return TemplateResponse(request, "accounts/profile.html", {"form": form})


@never_cache
@login_required
def export(request):
    """Everything the site holds about the member, as JSON (AVG article 15)."""
    data = json.dumps(member_data(request.user), indent=2, ensure_ascii=False, default=str)
    response = HttpResponse(data, content_type="application/json; charset=utf-8")
    date = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="mijn-kennispunt-{date}.json"'
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete(request):
    """Deletes the account and what every app holds about the member (AVG article 17)."""
    if is_staff_account(request.user):
        messages.error(request, _("Een medewerkersaccount wordt door een beheerder verwijderd."))
        return redirect("member_home")
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        erase_member(user)
        messages.success(request, _("Uw account en uw gegevens zijn verwijderd."))
        return redirect(reverse("wagtail_serve", args=[""]))
    return TemplateResponse(request, "accounts/delete.html", {"form": form})
