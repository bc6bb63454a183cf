"""What moderators do, each step logged (ModerationAction) and, where it touches a person's
post or account, told to them by mail."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from .models import ModerationAction, Report, Suspension
from .notifications import (
    send_post_hidden,
    send_post_restored,
    send_suspended,
    send_suspension_lifted,
)
from .posting import published

Kind = ModerationAction.Kind


def log(kind, moderator, *, post=None, thread=None, member=None, note=""):
    return ModerationAction.objects.create(
        kind=kind, moderator=moderator, post=post, thread=thread, member=member, note=note
    )


def resolve_reports(post, moderator):
    Report.objects.filter(post=post, resolved_at__isnull=True).update(
        resolved_at=timezone.now(), resolved_by=moderator
    )


@transaction.atomic
def hide(post, moderator, note):
    post.hidden, post.moderation_note = True, note
    post.save(update_fields=["hidden", "moderation_note"])
    resolve_reports(post, moderator)
    log(Kind.HIDE, moderator, post=post, thread=post.thread, member=post.author, note=note)
    if post.author_id:
        send_post_hidden(post, note)


@transaction.atomic
def restore(post, moderator, note):
    post.hidden, post.moderation_note = False, note
    post.save(update_fields=["hidden", "moderation_note"])
    log(Kind.RESTORE, moderator, post=post, thread=post.thread, member=post.author, note=note)
    if post.author_id:
        send_post_restored(post, note)


@transaction.atomic
def approve(post, moderator):
    post.pending = False
    post.save(update_fields=["pending"])
    log(Kind.APPROVE, moderator, post=post, thread=post.thread, member=post.author)
    published(post)


@transaction.atomic
def dismiss(post, moderator, note=""):
    resolve_reports(post, moderator)
    log(Kind.DISMISS, moderator, post=post, thread=post.thread, note=note)


@transaction.atomic
def set_locked(thread, moderator, locked, note=""):
    thread.locked = locked
    thread.save(update_fields=["locked"])
    log(Kind.LOCK if locked else Kind.UNLOCK, moderator, thread=thread, note=note)


@transaction.atomic
def move(thread, moderator, category):
    note = f"{thread.category.slug} → {category.slug}"
    thread.category = category
    thread.save(update_fields=["category"])
    log(Kind.MOVE, moderator, thread=thread, note=note)


@transaction.atomic
def suspend(member, moderator, days, reason):
    suspension = Suspension.objects.create(
        user=member, until=timezone.now() + timedelta(days=days), reason=reason,
        created_by=moderator,
    )  # fmt: skip
    log(Kind.SUSPEND, moderator, member=member, note=f"{days}: {reason}")
    send_suspended(suspension)
    return suspension


@transaction.atomic
def lift(suspension, moderator, note=""):
    """Ends a suspension now; the row stays as the member's history."""
    suspension.until = timezone.now()
    suspension.save(update_fields=["until"])
    log(Kind.LIFT, moderator, member=suspension.user, note=note)
    send_suspension_lifted(suspension)
