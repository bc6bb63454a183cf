"""The forum for members (/forum/, /en/forum/). Every view is a `member_view`: others get the
explanation page, and every answer is private and noindex (access.py)."""

from django.contrib import messages
from django.db.models import Count, Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from .access import is_moderator, member_view, private_view
from .forms import ConductForm, EditForm, FollowForm, PostForm, ReportForm, ThreadForm
from .models import Attachment, Category, CodeOfConductAcceptance, Follow, LastVisit, Post, Thread
from .people import author_of, authors
from .posting import PostingRefused, add_post, can_edit, edit, mark_answer, start_thread
from .rendering import quote, render

PAGE = 30


def visible_posts(user):
    if is_moderator(user):
        return Post.objects.all()
    return Post.objects.filter(Q(hidden=False, pending=False) | Q(author=user, hidden=False))


def unseen_threads(user):
    seen = LastVisit.objects.filter(user=user).values_list("thread_id", "seen_at")
    seen_at = dict(seen)
    threads = Thread.objects.select_related("category").order_by("-last_activity_at")[:200]
    return [t for t in threads if t.pk not in seen_at or t.last_activity_at > seen_at[t.pk]]


@member_view
def index(request):
    categories = Category.objects.annotate(thread_count=Count("threads"))
    context = {"categories": categories, "new_count": len(unseen_threads(request.user))}
    return TemplateResponse(request, "forum/index.html", context)


@member_view
def category(request, slug):
    chosen = get_object_or_404(Category, slug=slug)
    threads = chosen.threads.annotate(post_count=Count("posts", filter=Q(posts__hidden=False)))
    following = Follow.objects.filter(user=request.user, category=chosen).first()
    context = {
        "category": chosen,
        "threads": threads[:PAGE],
        "following": following,
        "follow_form": FollowForm(),
    }
    return TemplateResponse(request, "forum/category.html", context)


@member_view
def new_activity(request):
    context = {"threads": unseen_threads(request.user)[:PAGE]}
    return TemplateResponse(request, "forum/new.html", context)


def thread_context(request, thread, form=None):
    posts = list(visible_posts(request.user).filter(thread=thread).prefetch_related("attachments"))
    people = authors(post.author_id for post in posts)
    for post in posts:
        post.author_card = author_of(post.author_id, people)
        post.html = render(post.body)
        post.editable = can_edit(post, request.user)
    return {
        "thread": thread,
        "posts": posts,
        "form": form or PostForm(initial={"body": quoted_text(request, thread, people)}),
        "following": Follow.objects.filter(user=request.user, thread=thread).first(),
        "follow_form": FollowForm(),
        "is_moderator": is_moderator(request.user),
        "is_starter": thread.author_id == request.user.pk,
        "move_categories": Category.objects.all() if is_moderator(request.user) else (),
    }


def quoted_text(request, thread, people):
    post_id = request.GET.get("citeer", "")
    if not post_id.isdigit():
        return ""
    post = Post.objects.visible().filter(thread=thread, pk=post_id).first()
    return quote(post, author_of(post.author_id, people).name) if post else ""


@member_view
@require_http_methods(["GET", "POST"])
def thread_view(request, pk):
    thread = get_object_or_404(Thread.objects.select_related("category"), pk=pk)
    form = None
    if request.method == "POST":
        form = PostForm(request.POST, request.FILES)
        if thread.locked:
            messages.error(request, _("Dit onderwerp is gesloten; u kunt niet meer reageren."))
            return redirect("forum_thread", pk=pk)
        if form.is_valid():
            data = form.cleaned_data
            try:
                post = add_post(thread, request.user, data["body"], data["attachment"])
            except PostingRefused:
                form.add_error(
                    None, _("U plaatst te snel berichten. Wacht even en probeer het opnieuw.")
                )
            else:
                if post.pending:
                    messages.info(request, _("Uw bericht wacht op goedkeuring van een moderator."))
                return redirect(f"{thread_url(thread)}#bericht-{post.pk}")
    LastVisit.objects.update_or_create(
        user=request.user, thread=thread, defaults={"seen_at": timezone.now()}
    )
    status = 400 if form is not None else 200
    return TemplateResponse(
        request, "forum/thread.html", thread_context(request, thread, form), status=status
    )


def thread_url(thread):
    from django.urls import reverse

    return reverse("forum_thread", args=[thread.pk])


@member_view
@require_http_methods(["GET", "POST"])
def new_thread(request, slug):
    chosen = get_object_or_404(Category, slug=slug)
    form = ThreadForm(request.POST if request.method == "POST" else None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            thread = start_thread(
                chosen, request.user, data["title"], data["body"], data["attachment"]
            )
        except PostingRefused:
            form.add_error(
                None, _("U plaatst te snel berichten. Wacht even en probeer het opnieuw.")
            )
        else:
            return redirect("forum_thread", pk=thread.pk)
    status = 400 if request.method == "POST" else 200
    context = {"category": chosen, "form": form}
    return TemplateResponse(request, "forum/new_thread.html", context, status=status)


@member_view
@require_http_methods(["GET", "POST"])
def edit_post(request, pk):
    post = get_object_or_404(Post.objects.select_related("thread"), pk=pk)
    if not can_edit(post, request.user):
        messages.error(request, _("U kunt dit bericht niet (meer) bewerken."))
        return redirect("forum_thread", pk=post.thread_id)
    form = EditForm(request.POST if request.method == "POST" else None, initial={"body": post.body})
    if request.method == "POST" and form.is_valid():
        edit(post, form.cleaned_data["body"])
        return redirect(f"{thread_url(post.thread)}#bericht-{post.pk}")
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "forum/edit.html", {"post": post, "form": form}, status=status)


@member_view
@require_POST
def answer(request, pk):
    post = get_object_or_404(Post.objects.visible().select_related("thread"), pk=pk)
    if post.thread.author_id == request.user.pk or is_moderator(request.user):
        mark_answer(post)
        messages.success(request, _("Gemarkeerd als antwoord."))
    return redirect(f"{thread_url(post.thread)}#bericht-{post.pk}")


@member_view
@require_http_methods(["GET", "POST"])
def report(request, pk):
    post = get_object_or_404(Post.objects.visible().select_related("thread"), pk=pk)
    form = ReportForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        post.reports.create(reporter=request.user, reason=form.cleaned_data["reason"])
        messages.success(request, _("Dank u. Een moderator bekijkt uw melding."))
        return redirect(f"{thread_url(post.thread)}#bericht-{post.pk}")
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(
        request, "forum/report.html", {"post": post, "form": form}, status=status
    )


@member_view
@require_POST
def follow(request, kind, pk):
    target = get_object_or_404(Thread if kind == "onderwerp" else Category, pk=pk)
    field = "thread" if kind == "onderwerp" else "category"
    if request.POST.get("stop"):
        Follow.objects.filter(user=request.user, **{field: target}).delete()
        messages.success(request, _("U volgt dit niet meer."))
    else:
        form = FollowForm(request.POST)
        frequency = form.cleaned_data["frequency"] if form.is_valid() else "immediate"
        Follow.objects.update_or_create(
            user=request.user, **{field: target}, defaults={"frequency": frequency}
        )
        messages.success(request, _("U volgt dit nu."))
    if kind == "onderwerp":
        return redirect("forum_thread", pk=pk)
    return redirect("forum_category", slug=target.slug)


@member_view
def search(request):
    query = request.GET.get("q", "").strip()[:100]
    results = []
    if query:
        found = visible_posts(request.user).filter(
            Q(body__icontains=query) | Q(thread__title__icontains=query)
        )
        results = list(found.select_related("thread__category").order_by("-created_at")[:PAGE])
    return TemplateResponse(request, "forum/search.html", {"query": query, "results": results})


@member_view
def attachment(request, pk):
    item = get_object_or_404(Attachment.objects.select_related("post"), pk=pk)
    if not visible_posts(request.user).filter(pk=item.post_id).exists():
        raise Http404
    response = FileResponse(
        item.file.open("rb"), content_type=item.content_type, filename=item.name,
        as_attachment=not item.is_image,
    )  # fmt: skip
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@private_view
@require_http_methods(["GET", "POST"])
def conduct(request):
    """The code of conduct: readable for everyone, accepted once by a member."""
    from .access import forum_access

    access = forum_access(request.user)
    form = (
        ConductForm(request.POST if request.method == "POST" else None)
        if access.state == "conduct"
        else None
    )
    if form is not None and request.method == "POST" and form.is_valid():
        CodeOfConductAcceptance.objects.get_or_create(user=request.user)
        return redirect("forum_index")
    status = 400 if request.method == "POST" and form is not None else 200
    context = {"form": form, "access": access}
    return TemplateResponse(request, "forum/conduct.html", context, status=status).render()
