"""The retention purge: each registered purge removes what is older than its period."""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from .registry import retention_purges

logger = logging.getLogger(__name__)


def purge_expired(now=None):
    now = now or timezone.now()
    removed = {}
    for purge in retention_purges():
        cutoff = now - timedelta(days=purge.days())
        removed[purge.name] = purge.purge(cutoff)
        if removed[purge.name]:
            logger.info("Retention: %s removed %s rows", purge.name, removed[purge.name])
    return ", ".join(f"{name}: {count}" for name, count in removed.items())


def prune_task_results(now=None):
    """Finished task results past JOBS_RESULT_RETENTION_DAYS, failed ones past
    JOBS_FAILED_RESULT_RETENTION_DAYS."""
    now = now or timezone.now()
    successful = DBTaskResult.objects.filter(
        status=TaskResultStatus.SUCCESSFUL,
        finished_at__lt=now - timedelta(days=settings.JOBS_RESULT_RETENTION_DAYS),
    ).delete()[0]
    failed = DBTaskResult.objects.filter(
        status=TaskResultStatus.FAILED,
        finished_at__lt=now - timedelta(days=settings.JOBS_FAILED_RESULT_RETENTION_DAYS),
    ).delete()[0]
    return f"{successful} successful, {failed} failed removed"
