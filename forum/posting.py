"""Writing in the forum: a new thread, a reply, an edit, the answer mark."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from ratelimits.counters import over_limit

from .models import Attachment, Follow, Frequency, Post, Thread


class PostingRefused(Exception):
    pass


def check_rate(user):
    if over_limit(f"forum-post:{user.pk}", settings.FORUM_POSTS_PER_MINUTE):
        raise PostingRefused("rate")


def must_wait_for_approval(user):
    hold = settings.FORUM_HOLD_FIRST_POSTS
    if not hold:
        return False
    return Post.objects.filter(author=user, pending=False).count() < hold


def add_post(thread, user, body, attachment=None, *, check=True):
    if check:
        check_rate(user)
    now = timezone.now()
    post = Post.objects.create(
        thread=thread, author=user, body=body, created_at=now, pending=must_wait_for_approval(user)
    )
    if attachment:
        Attachment.objects.create(
            post=post,
            file=attachment,
            name=attachment.name[:200],
            content_type=attachment.checked_type,
            size=attachment.size,
        )
    if not post.pending:
        published(post)
    return post


def published(post):
    """A post readers may now see: the thread moves up and followers hear of it."""
    from .tasks import notify_followers

    Thread.objects.filter(pk=post.thread_id).update(last_activity_at=timezone.now())
    transaction.on_commit(lambda: notify_followers.enqueue(post.pk))


@transaction.atomic
def start_thread(category, user, title, body, attachment=None):
    check_rate(user)
    thread = Thread.objects.create(category=category, title=title, author=user)
    Follow.objects.get_or_create(
        user=user, thread=thread, defaults={"frequency": Frequency.IMMEDIATE}
    )
    add_post(thread, user, body, attachment, check=False)
    return thread


def can_edit(post, user):
    window = timedelta(minutes=settings.FORUM_EDIT_WINDOW_MINUTES)
    return (
        post.author_id == user.pk
        and not post.hidden
        and not post.thread.locked
        and timezone.now() - post.created_at <= window
    )


def edit(post, body):
    post.body = body
    post.edited_at = timezone.now()
    post.save(update_fields=["body", "edited_at"])


@transaction.atomic
def mark_answer(post):
    Post.objects.filter(thread=post.thread_id, is_answer=True).update(is_answer=False)
    Post.objects.filter(pk=post.pk).update(is_answer=True)
