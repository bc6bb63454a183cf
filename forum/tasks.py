"""Telling followers: at once (a mail per post) or in the daily digest (collected here, sent by
the scheduled job, wagtail_hooks.py)."""

from django.contrib.auth import get_user_model
from django.db.models import Q

from jobs.tasks import background_task

from .access import forum_access
from .models import DigestItem, Follow, Frequency, Post
from .notifications import send_digest, send_new_post
from .people import author_of, authors


@background_task(attempts=3)
def notify_followers(post_id):
    post = Post.objects.visible().select_related("thread").filter(pk=post_id).first()
    if post is None:
        return
    follows = (
        Follow.objects.filter(Q(thread=post.thread_id) | Q(category=post.thread.category_id))
        .exclude(user=post.author_id)
        .select_related("user")
    )
    frequency = {}
    for follow in follows:  # a thread's own choice beats its category's
        if follow.thread_id or follow.user_id not in frequency:
            frequency[follow.user_id] = (follow.user, follow.frequency)
    author = author_of(post.author_id, authors([post.author_id]))
    for user, how in frequency.values():
        if not forum_access(user).allowed:
            continue
        if how == Frequency.IMMEDIATE:
            send_new_post(user, post, author.name)
        else:
            DigestItem.objects.get_or_create(user=user, post=post)


@background_task(attempts=3)
def send_digests():
    users = get_user_model().objects.filter(pk__in=DigestItem.objects.values("user_id").distinct())
    for user in users:
        items = DigestItem.objects.filter(user=user).select_related("post__thread")
        posts = [item.post for item in items if not item.post.hidden]
        if posts and forum_access(user).allowed:
            send_digest(user, posts)
        items.delete()
