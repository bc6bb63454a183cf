"""What other apps register with the scheduler, through Wagtail hooks in their wagtail_hooks.py:

    from jobs.registry import RetentionPurge, ScheduledJob

    @hooks.register("register_scheduled_job")
    def training_reminders():
        return ScheduledJob("trainings.reminders", every=timedelta(hours=1), run=send_reminders)

    @hooks.register("register_retention_purge")
    def registrations():
        return RetentionPurge(
            "trainings.registrations",
            days=lambda: settings.TRAINING_REGISTRATION_RETENTION_DAYS,
            purge=lambda cutoff: Registration.objects.filter(ended_at__lt=cutoff).delete()[0],
        )

`run()` takes no arguments and may return a short text for the log; it should be quick (hand
slow work to a background task). `purge(cutoff)` deletes what is older than `cutoff` and
returns how many rows it removed; the retention job calls every purge once a day.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from wagtail import hooks


@dataclass(frozen=True)
class ScheduledJob:
    name: str
    every: timedelta
    run: Callable[[], object]


@dataclass(frozen=True)
class RetentionPurge:
    name: str
    days: Callable[[], int]
    purge: Callable[[object], int]


def scheduled_jobs():
    jobs = [hook() for hook in hooks.get_hooks("register_scheduled_job")]
    return sorted(jobs, key=lambda job: job.name)


def retention_purges():
    purges = [hook() for hook in hooks.get_hooks("register_retention_purge")]
    return sorted(purges, key=lambda purge: purge.name)
