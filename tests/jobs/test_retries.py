"""Background tasks on the real database backend, run by the real worker loop: results, retries
with backoff, the report of failed tasks and staff's retry."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from jobs.retries import WORKER_STOPPED, recover_stalled
from tests.jobs.tasks import append_line, refuse

pytestmark = pytest.mark.django_db


def let_time_pass(row):
    DBTaskResult.objects.filter(pk=row.pk).update(run_after=timezone.now() - timedelta(seconds=1))


def test_the_worker_runs_an_enqueued_task_and_stores_its_result(database_tasks, worker, tmp_path):
    target = tmp_path / "out.txt"
    result = append_line.enqueue(str(target), "hallo")
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.READY
    assert not target.exists()  # nothing ran in the request
    worker()
    row = DBTaskResult.objects.get(pk=result.id)
    assert row.status == TaskResultStatus.SUCCESSFUL and row.return_value == 1
    assert target.read_text() == "hallo\n"


def test_a_failing_task_is_retried_with_doubling_pauses_then_reported(
    database_tasks, worker, tmp_path, admin_client
):
    target = tmp_path / "out.txt"
    result = append_line.enqueue(str(target), "x", fail_times=5)
    pauses = []
    for _attempt in range(2):
        worker()
        row = DBTaskResult.objects.get(pk=result.id)
        assert row.status == TaskResultStatus.READY
        assert "run " in row.traceback and "failed on purpose" in row.traceback
        pauses.append(row.run_after - timezone.now())
        worker()  # not due yet: nothing happens
        assert len(DBTaskResult.objects.get(pk=result.id).worker_ids) == len(pauses)
        let_time_pass(row)
    assert timedelta(seconds=55) < pauses[0] <= timedelta(seconds=60)
    assert timedelta(seconds=115) < pauses[1] <= timedelta(seconds=120)
    worker()  # the third and last attempt
    row = DBTaskResult.objects.get(pk=result.id)
    assert row.status == TaskResultStatus.FAILED and len(row.worker_ids) == 3

    report = admin_client.get(reverse("jobs_failed_tasks"))
    assert report.status_code == 200
    html = report.content.decode()
    assert "append_line" in html and "ConnectionError: run 3 failed on purpose" in html
    assert "Opnieuw proberen" in html

    retried = admin_client.post(reverse("jobs_retry_task", args=[result.id]))
    assert retried.status_code == 302
    row.refresh_from_db()
    assert row.status == TaskResultStatus.READY and row.worker_ids == []
    worker()  # run 4 fails, run 5 would too: a fresh round of three attempts begins
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.READY


def test_a_permanent_failure_is_not_retried(database_tasks, worker):
    result = refuse.enqueue("kan niet")
    worker()
    row = DBTaskResult.objects.get(pk=result.id)
    assert row.status == TaskResultStatus.FAILED and len(row.worker_ids) == 1


def test_a_task_left_running_by_a_stopped_worker_runs_again(database_tasks, worker, tmp_path):
    target = tmp_path / "out.txt"
    result = append_line.enqueue(str(target), "eenmaal")
    long_ago = timezone.now() - timedelta(hours=1)
    DBTaskResult.objects.filter(pk=result.id).update(
        status=TaskResultStatus.RUNNING, started_at=long_ago, worker_ids=["gone"]
    )
    assert recover_stalled() == (1, 0)
    worker()
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.SUCCESSFUL
    assert target.read_text() == "eenmaal\n"


def test_a_stalled_task_on_its_last_attempt_is_reported(database_tasks, tmp_path):
    result = append_line.enqueue(str(tmp_path / "out.txt"), "x")
    DBTaskResult.objects.filter(pk=result.id).update(
        status=TaskResultStatus.RUNNING,
        started_at=timezone.now() - timedelta(hours=1),
        worker_ids=["a", "b", "c"],
    )
    assert recover_stalled() == (0, 1)
    row = DBTaskResult.objects.get(pk=result.id)
    assert row.status == TaskResultStatus.FAILED and row.exception_class_path == WORKER_STOPPED


def test_a_running_task_within_its_time_is_left_alone(database_tasks, tmp_path):
    result = append_line.enqueue(str(tmp_path / "out.txt"), "x")
    DBTaskResult.objects.filter(pk=result.id).update(
        status=TaskResultStatus.RUNNING, started_at=timezone.now(), worker_ids=["busy"]
    )
    assert recover_stalled() == (0, 0)


def test_only_staff_with_the_permission_see_failed_tasks(client, django_user_model):
    from django.contrib.auth.models import Permission

    editor = django_user_model.objects.create_user("redacteur", password="x")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get(reverse("jobs_failed_tasks")).status_code in (302, 403)
    editor.user_permissions.add(Permission.objects.get(codename="change_dbtaskresult"))
    editor = django_user_model.objects.get(pk=editor.pk)
    client.force_login(editor)
    assert client.get(reverse("jobs_failed_tasks")).status_code == 200
