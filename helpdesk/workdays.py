"""Working days (Monday to Friday) between two moments, for "overdue" questions."""

import datetime

from django.utils import timezone


def working_days_since(moment, now=None):
    today = timezone.localdate(now or timezone.now())
    day = timezone.localdate(moment)
    count = 0
    while day < today:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            count += 1
    return count


def working_days_ago(days, now=None):
    """The moment `days` working days before now (questions older than it are overdue)."""
    moment = now or timezone.now()
    while days > 0:
        moment -= datetime.timedelta(days=1)
        if timezone.localdate(moment).weekday() < 5:
            days -= 1
    return moment
