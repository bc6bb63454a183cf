"""The link check in the background: the scheduler only queues it (a full check takes minutes,
and a scheduled job must be quick)."""

from django.conf import settings

from jobs.tasks import background_task

from .run import check_all_links


@background_task(attempts=1)
def check_links():
    """Checks every external link; returns the counts per result for the task log."""
    counts = check_all_links(timeout=getattr(settings, "LINKCHECK_TIMEOUT", 10))
    return {result: count for result, count in sorted(counts.items())}


def queue_link_check():
    check_links.enqueue()
    return "link check queued"
