"""The reports queue in the Wagtail admin (Rapporten → Forummeldingen), for staff with the
moderation permission: the same queue and actions as the front end's /forum/moderatie/."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import moderation
from .access import is_moderator
from .forms import NoteForm
from .models import Post
from .moderation_views import queue_context


def require_moderator(request):
    if not is_moderator(request.user):
        raise PermissionDenied


def queue(request):
    require_moderator(request)
    context = {**queue_context(), "header_title": _("Forummeldingen")}
    return TemplateResponse(request, "forum/admin/queue.html", context)


@require_POST
def act(request, pk, action):
    require_moderator(request)
    post = get_object_or_404(Post.objects.select_related("thread", "author"), pk=pk)
    form = NoteForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    actions = {
        "hide": lambda: moderation.hide(post, request.user, note),
        "restore": lambda: moderation.restore(post, request.user, note),
        "approve": lambda: moderation.approve(post, request.user),
        "dismiss": lambda: moderation.dismiss(post, request.user, note),
    }
    if action not in actions:
        raise PermissionDenied
    actions[action]()
    messages.success(request, _("Opgeslagen."))
    return redirect("forum_admin_queue")
