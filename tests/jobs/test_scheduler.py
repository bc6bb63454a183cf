"""`manage.py run_scheduled`: scheduled publishing happens, a second runner does nothing, each
job keeps its interval, and the retention purge removes exactly what is past its period."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from guides.factories import GuidePageFactory
from guides.models import GuidePage
from jobs.models import ScheduledJobRun, SchedulerLock
from jobs.retention import purge_expired
from jobs.scheduler import LOCK_NAME, acquire
from webhooks.models import WebhookDelivery

pytestmark = pytest.mark.django_db


def run_scheduled():
    out = io.StringIO()
    call_command("run_scheduled", stdout=out)
    return out.getvalue()


def let_time_pass(name, minutes=2):
    ScheduledJobRun.objects.filter(name=name).update(
        last_started_at=timezone.now() - timedelta(minutes=minutes)
    )


@pytest.fixture
def scheduled_guide(topic):
    guide = GuidePageFactory(parent=topic, title="Straks live", live=False)
    guide.go_live_at = timezone.now() + timedelta(minutes=5)
    revision = guide.save_revision()
    revision.publish()
    return GuidePage.objects.get(pk=guide.pk), revision


def its_time_has_come(revision):
    """Time passing: the scheduled moment (in the revision and its approval) is now past."""
    past = timezone.now() - timedelta(seconds=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])


def test_a_page_scheduled_for_publication_goes_live_once_its_time_has_passed(scheduled_guide):
    guide, revision = scheduled_guide
    assert not guide.live
    assert "ran wagtail.publish_scheduled" in run_scheduled()
    guide.refresh_from_db()
    assert not guide.live  # its time has not come
    its_time_has_come(revision)
    let_time_pass("wagtail.publish_scheduled")
    run_scheduled()
    guide.refresh_from_db()
    assert guide.live


def test_a_job_runs_once_per_interval(scheduled_guide):
    run_scheduled()
    started = ScheduledJobRun.objects.get(name="wagtail.publish_scheduled").last_started_at
    assert "publish_scheduled" not in run_scheduled()
    assert ScheduledJobRun.objects.get(name="wagtail.publish_scheduled").last_started_at == started


def test_a_second_runner_at_the_same_time_does_nothing(scheduled_guide):
    guide, revision = scheduled_guide
    its_time_has_come(revision)
    assert acquire(LOCK_NAME, 600) is not None  # the first runner is busy
    assert "holds the lock" in run_scheduled()
    assert not ScheduledJobRun.objects.exists()
    guide.refresh_from_db()
    assert not guide.live
    SchedulerLock.objects.update(expires_at=timezone.now() - timedelta(seconds=1))  # it died
    assert "ran wagtail.publish_scheduled" in run_scheduled()
    guide.refresh_from_db()
    assert guide.live


def test_every_job_is_listed_with_its_interval():
    out = io.StringIO()
    call_command("run_scheduled", "--list", stdout=out)
    names = [line.split("\t")[0] for line in out.getvalue().splitlines()]
    assert {"wagtail.publish_scheduled", "jobs.retention", "jobs.prune_task_results"} <= set(names)
    assert {"jobs.recover_stalled", "webhooks.sweep", "mail.send_unsent"} <= set(names)


def delivery(created_at, status):
    row = WebhookDelivery.objects.create(
        event="published", page_title="x", target_url="http://app.example/", payload={},
        status=status,
    )  # fmt: skip
    WebhookDelivery.objects.filter(pk=row.pk).update(created_at=created_at)
    return row.pk


def test_retention_removes_exactly_what_is_older_than_the_period(settings):
    settings.WEBHOOK_LOG_RETENTION_DAYS = 30
    now = timezone.now()
    cutoff = now - timedelta(days=30)
    old = delivery(cutoff - timedelta(seconds=1), WebhookDelivery.Status.DELIVERED)
    old_failed = delivery(cutoff - timedelta(days=5), WebhookDelivery.Status.FAILED)
    young = delivery(cutoff + timedelta(seconds=1), WebhookDelivery.Status.DELIVERED)
    in_flight = delivery(cutoff - timedelta(days=1), WebhookDelivery.Status.PENDING)
    summary = purge_expired(now=now)
    assert "webhooks.log: 2" in summary
    remaining = set(WebhookDelivery.objects.values_list("pk", flat=True))
    assert young in remaining and in_flight in remaining
    assert old not in remaining and old_failed not in remaining
