"""Moderation in the front end (/forum/moderatie/), for staff and appointed moderators; the
Wagtail admin's queue (wagtail_hooks.py) shows the same reports to staff."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from . import moderation
from .access import moderator_view
from .forms import MoveForm, NoteForm, SuspendForm
from .models import ModerationAction, Post, Report, Thread
from .people import author_of, authors
from .rendering import render

POST_ACTIONS = {"verbergen", "terugzetten", "goedkeuren", "afhandelen"}
THREAD_ACTIONS = {"sluiten", "heropenen", "verplaatsen"}


def queue_context():
    reports = list(Report.objects.filter(resolved_at__isnull=True).select_related("post__thread"))
    pending = list(Post.objects.filter(pending=True, hidden=False).select_related("thread"))
    people = authors([r.post.author_id for r in reports] + [p.author_id for p in pending])
    for post in [r.post for r in reports] + pending:
        post.author_card = author_of(post.author_id, people)
        post.html = render(post.body)
    return {
        "reports": reports,
        "pending": pending,
        "actions": ModerationAction.objects.select_related("post", "thread")[:30],
        "note_form": NoteForm(),
    }


@moderator_view
def queue(request):
    return TemplateResponse(request, "forum/moderation.html", queue_context())


def back(request, post):
    target = request.POST.get("next", "")
    if target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    return redirect("forum_thread", pk=post.thread_id)


@moderator_view
@require_POST
def post_action(request, pk, action):
    if action not in POST_ACTIONS:
        raise Http404
    post = get_object_or_404(Post.objects.select_related("thread", "author"), pk=pk)
    form = NoteForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    if action == "verbergen":
        moderation.hide(post, request.user, note)
        messages.success(request, _("Het bericht is verborgen; de auteur krijgt bericht."))
    elif action == "terugzetten":
        moderation.restore(post, request.user, note)
        messages.success(request, _("Het bericht is teruggezet."))
    elif action == "goedkeuren":
        moderation.approve(post, request.user)
        messages.success(request, _("Het bericht is goedgekeurd."))
    else:
        moderation.dismiss(post, request.user, note)
        messages.success(request, _("De melding is afgehandeld."))
    return back(request, post)


@moderator_view
@require_POST
def thread_action(request, pk, action):
    if action not in THREAD_ACTIONS:
        raise Http404
    thread = get_object_or_404(Thread.objects.select_related("category"), pk=pk)
    if action == "verplaatsen":
        form = MoveForm(request.POST)
        if form.is_valid():
            moderation.move(thread, request.user, form.cleaned_data["category"])
            messages.success(request, _("Het onderwerp is verplaatst."))
    else:
        moderation.set_locked(thread, request.user, action == "sluiten")
        messages.success(request, _("Opgeslagen."))
    return redirect("forum_thread", pk=pk)


@moderator_view
@require_http_methods(["GET", "POST"])
def suspend(request, user_id):
    member = get_object_or_404(get_user_model(), pk=user_id)
    form = SuspendForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        moderation.suspend(member, request.user, data["days"], data["reason"])
        messages.success(request, _("De deelnemer is geschorst en krijgt bericht."))
        return redirect("forum_moderation")
    card = author_of(member.pk, authors([member.pk]))
    status = 400 if request.method == "POST" else 200
    context = {"member_card": card, "form": form}
    return TemplateResponse(request, "forum/suspend.html", context, status=status)
