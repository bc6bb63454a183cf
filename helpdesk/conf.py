"""The helpdesk's settings, with their defaults (cms/settings/base.py sets them from the
environment)."""

from django.conf import settings


def helpdesk_email():
    return getattr(settings, "HELPDESK_EMAIL", "") or settings.DEFAULT_FROM_EMAIL


def overdue_working_days():
    return getattr(settings, "HELPDESK_OVERDUE_WORKING_DAYS", 5)


def retention_months():
    return getattr(settings, "HELPDESK_RETENTION_MONTHS", 24)


def attachment_max_bytes():
    return getattr(settings, "HELPDESK_ATTACHMENT_MAX_BYTES", 5 * 1024 * 1024)


def questions_per_hour():
    return getattr(settings, "HELPDESK_QUESTIONS_PER_HOUR", 5)
