from datetime import timedelta

from django.conf import settings
from django.urls import path
from wagtail import hooks

from jobs.registry import RetentionPurge, ScheduledJob

from .dev import mailbox, message
from .tasks import purge_outbox, send_unsent


@hooks.register("register_admin_urls")
def register_dev_mailbox_urls():
    return [
        path("mail/", mailbox, name="mail_dev_mailbox"),
        path("mail/<str:name>/", message, name="mail_dev_message"),
    ]


@hooks.register("register_scheduled_job")
def unsent_mail():
    return ScheduledJob("mail.send_unsent", every=timedelta(minutes=5), run=send_unsent)


@hooks.register("register_retention_purge")
def outbox():
    return RetentionPurge(
        "mail.outbox", days=lambda: settings.MAIL_RETENTION_DAYS, purge=purge_outbox
    )
