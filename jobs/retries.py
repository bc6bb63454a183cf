"""Retries with backoff, recovery from a worker that died, and retry by hand, for tasks on the
database backend (django-tasks-db). The task result row is the record: its `worker_ids` grow by
one per run, so their number is the number of attempts made; a failed row keeps its error."""

import contextlib
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks.base import TaskResultStatus
from django_tasks.signals import task_finished
from django_tasks_db.models import DBTaskResult, get_date_max

from .tasks import PermanentFailure, policy_for

WORKER_STOPPED = "jobs.retries.WorkerStopped"


class WorkerStopped(Exception):
    """Recorded for a task whose worker stopped mid-run after its last attempt."""


def retry_delay(attempts):
    """The pause after the `attempts`-th failed run: JOBS_RETRY_DELAY, doubled each time."""
    return timedelta(seconds=settings.JOBS_RETRY_DELAY * 2 ** max(attempts - 1, 0))


def is_permanent(exception_class_path):
    try:
        return issubclass(import_string(exception_class_path), PermanentFailure)
    except ImportError:
        return False


def policy_of(row):
    with contextlib.suppress(ImportError):
        import_string(row.task_path)  # registers the task's policy
    return policy_for(row.task_path)


def reschedule_failed(sender, task_result, **kwargs):
    """After a failed run: queue the same row again later, unless its attempts are used up."""
    row = getattr(task_result, "db_result", None)
    if row is None or task_result.status != TaskResultStatus.FAILED:
        return
    attempts = len(row.worker_ids)
    if attempts >= policy_of(row).max_attempts or is_permanent(row.exception_class_path):
        return
    DBTaskResult.objects.filter(pk=row.pk, status=TaskResultStatus.FAILED).update(
        status=TaskResultStatus.READY,
        run_after=timezone.now() + retry_delay(attempts),
        finished_at=None,
    )


def recover_stalled(now=None):
    """Tasks left "running" by a worker that stopped: queued again, or failed (and reported)
    when that was their last attempt. Returns (requeued, failed)."""
    now = now or timezone.now()
    cutoff = now - timedelta(seconds=settings.JOBS_STALLED_AFTER)
    requeued = failed = 0
    stalled = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING, started_at__lt=cutoff)
    for row in stalled:
        rows = DBTaskResult.objects.filter(pk=row.pk, status=TaskResultStatus.RUNNING)
        if len(row.worker_ids) < policy_of(row).max_attempts:
            requeued += rows.update(status=TaskResultStatus.READY, run_after=now)
        else:
            failed += rows.update(
                status=TaskResultStatus.FAILED,
                finished_at=now,
                exception_class_path=WORKER_STOPPED,
                traceback="De worker stopte tijdens deze taak (laatste poging).",
            )
    return requeued, failed


def retry_by_hand(result_id):
    """Staff's retry from the report: the failed task is queued again with fresh attempts.
    Returns False if it was no longer failed."""
    with transaction.atomic():
        row = DBTaskResult.objects.select_for_update().filter(pk=result_id).first()
        if row is None or row.status != TaskResultStatus.FAILED:
            return False
        policy = policy_of(row)
        if policy.on_retry is not None:
            policy.on_retry(*row.args_kwargs["args"], **row.args_kwargs["kwargs"])
        row.status = TaskResultStatus.READY
        row.run_after = get_date_max()
        row.worker_ids = []
        row.finished_at = None
        row.save(update_fields=["status", "run_after", "worker_ids", "finished_at"])
    return True


def connect():
    task_finished.connect(reschedule_failed, dispatch_uid="jobs_reschedule_failed")
