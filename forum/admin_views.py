"""The moderation screen in the Wagtail admin (Rapporten → Forummeldingen), for staff and
appointed moderators (the moderation permission): the reports and held posts, lock or move a
thread, suspend a member or lift a suspension; each step logged by `moderation`."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import moderation
from .access import is_moderator
from .forms import MoveForm, NoteForm, SuspendForm
from .models import Category, Post, Suspension, Thread
from .moderation_views import queue_context
from .people import author_of, authors


def moderators_only(view):
    """A 403 page, not Wagtail's redirect to the dashboard: the screen is the moderators'."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_moderator(request.user):
            context = {"header_title": _("Forummeldingen")}
            return TemplateResponse(request, "forum/admin/forbidden.html", context, status=403)
        return view(request, *args, **kwargs)

    return wrapped


def admin_context():
    context = queue_context()
    suspensions = list(
        Suspension.objects.filter(until__gt=timezone.now()).select_related("user").order_by("until")
    )
    people = authors([s.user_id for s in suspensions])
    for suspension in suspensions:
        suspension.member_card = author_of(suspension.user_id, people)
    threads = {}
    for post in [r.post for r in context["reports"]] + context["pending"]:
        threads.setdefault(post.thread_id, post.thread)
    recent = Thread.objects.select_related("category")[:15]
    return {
        **context,
        "header_title": _("Forummeldingen"),
        "suspensions": suspensions,
        "threads": list(threads.values()) + [t for t in recent if t.pk not in threads],
        "categories": Category.objects.all(),
        "suspend_form": SuspendForm(),
    }


def note_of(request):
    form = NoteForm(request.POST)
    return form.cleaned_data["note"] if form.is_valid() else ""


@moderators_only
def queue(request, status=200):
    return TemplateResponse(request, "forum/admin/queue.html", admin_context(), status=status)


@moderators_only
@require_POST
def act(request, pk, action):
    post = get_object_or_404(Post.objects.select_related("thread", "author"), pk=pk)
    note = note_of(request)
    actions = {
        "hide": lambda: moderation.hide(post, request.user, note),
        "restore": lambda: moderation.restore(post, request.user, note),
        "approve": lambda: moderation.approve(post, request.user),
        "dismiss": lambda: moderation.dismiss(post, request.user, note),
    }
    if action not in actions:
        raise Http404
    actions[action]()
    messages.success(request, _("Opgeslagen."))
    return redirect("forum_admin_queue")


@moderators_only
@require_POST
def thread_act(request, pk, action):
    thread = get_object_or_404(Thread.objects.select_related("category"), pk=pk)
    if action in ("lock", "unlock"):
        moderation.set_locked(thread, request.user, action == "lock")
        messages.success(request, _("Opgeslagen."))
    elif action == "move":
        form = MoveForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Kies een categorie om het onderwerp naar te verplaatsen."))
            return queue(request, status=400)
        moderation.move(thread, request.user, form.cleaned_data["category"])
        messages.success(request, _("Het onderwerp is verplaatst."))
    else:
        raise Http404
    return redirect("forum_admin_queue")


@moderators_only
@require_POST
def suspend(request, user_id):
    member = get_object_or_404(get_user_model(), pk=user_id)
    form = SuspendForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Geef een aantal dagen (1 tot 3650) en een reden op."))
        return queue(request, status=400)
    moderation.suspend(member, request.user, form.cleaned_data["days"], form.cleaned_data["reason"])
    messages.success(request, _("De deelnemer is geschorst en krijgt bericht."))
    return redirect("forum_admin_queue")


@moderators_only
@require_POST
def lift(request, pk):
    suspension = get_object_or_404(
        Suspension.objects.select_related("user"), pk=pk, until__gt=timezone.now()
    )
    moderation.lift(suspension, request.user, note_of(request))
    messages.success(request, _("De schorsing is opgeheven; de deelnemer krijgt bericht."))
    return redirect("forum_admin_queue")
