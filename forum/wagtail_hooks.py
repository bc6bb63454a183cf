from datetime import timedelta

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts.registry import ERASURE, EXPORT, PANELS, MemberPanel
from jobs.registry import ScheduledJob

from . import admin_views
from .access import forum_access, is_moderator
from .models import Follow, Post, Report, Thread


@hooks.register("register_admin_urls")
def admin_urls():
    return [
        path("forum/meldingen/", admin_views.queue, name="forum_admin_queue"),
        path("forum/meldingen/<int:pk>/<str:action>/", admin_views.act, name="forum_admin_act"),
        path(
            "forum/onderwerpen/<int:pk>/<str:action>/",
            admin_views.thread_act,
            name="forum_admin_thread",
        ),
        path(
            "forum/leden/<int:user_id>/schorsen/", admin_views.suspend, name="forum_admin_suspend"
        ),
        path("forum/schorsingen/<int:pk>/opheffen/", admin_views.lift, name="forum_admin_lift"),
    ]


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_moderator(request.user)


@hooks.register("register_reports_menu_item")
def reports_menu_item():
    return ModeratorMenuItem(
        _("Forummeldingen"), reverse("forum_admin_queue"), icon_name="warning", order=900
    )


@hooks.register(PANELS)
def forum_panel(request):
    if forum_access(request.user).state in ("anonymous", "no_party"):
        return None
    context = {
        "post_count": Post.objects.filter(author=request.user).count(),
        "follow_count": Follow.objects.filter(user=request.user).count(),
    }
    return MemberPanel("forum", _("Mijn forum"), "forum/panels/activity.html", context, 60)


@hooks.register(EXPORT)
def forum_data(user):
    posts = Post.objects.filter(author=user).select_related("thread")
    return {
        "forum_posts": [
            {
                "thread": post.thread.title,
                "body": post.body,
                "created_at": post.created_at.isoformat(),
                "hidden": post.hidden,
            }
            for post in posts
        ],
        "forum_follows": [
            {
                "thread": f.thread.title if f.thread else None,
                "category": f.category.slug if f.category else None,
                "frequency": f.frequency,
            }
            for f in Follow.objects.filter(user=user).select_related("thread", "category")
        ],  # fmt: skip
    }


@hooks.register(ERASURE)
def erase_forum_member(user):
    # What the member wrote stays in its threads, under "verwijderd lid"; their reports stay
    # for the moderators without their name.
    Post.objects.filter(author=user).update(author=None)
    Thread.objects.filter(author=user).update(author=None)
    Report.objects.filter(reporter=user).update(reporter=None)
    Follow.objects.filter(user=user).delete()


def queue_digests():
    from .tasks import send_digests

    send_digests.enqueue()
    return "forum digests queued"


@hooks.register("register_scheduled_job")
def daily_digest():
    return ScheduledJob("forum.daily_digest", every=timedelta(days=1), run=queue_digests)
