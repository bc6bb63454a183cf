"""`manage.py run_scheduled`: every registered job whose interval has passed, once, under a lock
so two runners never overlap. Safe to start every minute: a job that ran less than its interval
ago is skipped, and a runner that finds the lock taken does nothing."""

import logging
import uuid
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, close_old_connections, transaction
from django.utils import timezone

from .models import ScheduledJobRun, SchedulerLock
from .registry import scheduled_jobs

logger = logging.getLogger(__name__)
LOCK_NAME = "run_scheduled"


@dataclass
class Outcome:
    locked_out: bool = False
    ran: list = field(default_factory=list)
    failed: list = field(default_factory=list)
    skipped: list = field(default_factory=list)


def acquire(name, timeout):
    """A token if the lock was free (or its holder's time ran out), else None."""
    now = timezone.now()
    try:
        with transaction.atomic():
            SchedulerLock.objects.get_or_create(name=name, defaults={"expires_at": now})
    except IntegrityError:
        pass  # another runner made the row at the same moment
    token = uuid.uuid4().hex
    taken = SchedulerLock.objects.filter(name=name, expires_at__lte=now).update(
        holder=token, expires_at=now + timedelta(seconds=timeout)
    )
    return token if taken else None


def release(name, token):
    SchedulerLock.objects.filter(name=name, holder=token).update(
        holder="", expires_at=timezone.now()
    )


def is_due(job, now):
    run = ScheduledJobRun.objects.filter(name=job.name).first()
    return run is None or run.last_started_at is None or now - run.last_started_at >= job.every


def run_job(job, outcome):
    started = timezone.now()
    ScheduledJobRun.objects.update_or_create(name=job.name, defaults={"last_started_at": started})
    try:
        result = job.run()
    except Exception as error:  # noqa: BLE001 - one failing job must not stop the others
        logger.exception("Scheduled job %s failed", job.name)
        ScheduledJobRun.objects.filter(name=job.name).update(
            last_finished_at=timezone.now(), last_error=f"{error.__class__.__name__}: {error}"
        )
        outcome.failed.append(job.name)
        return
    ScheduledJobRun.objects.filter(name=job.name).update(
        last_finished_at=timezone.now(), last_result=str(result or "")[:2000], last_error=""
    )
    outcome.ran.append(job.name)


def run_due(only=None):
    outcome = Outcome()
    token = acquire(LOCK_NAME, settings.JOBS_SCHEDULER_LOCK_TIMEOUT)
    if token is None:
        outcome.locked_out = True
        return outcome
    try:
        for job in scheduled_jobs():
            if only and job.name not in only:
                continue
            if is_due(job, timezone.now()):
                run_job(job, outcome)
                if not transaction.get_connection().in_atomic_block:
                    close_old_connections()
            else:
                outcome.skipped.append(job.name)
    finally:
        release(LOCK_NAME, token)
    return outcome
