"""The real worker as production runs it: `manage.py db_worker` in its own process, on the
database both processes see, killed with SIGKILL in the middle of a task. The work is not lost
(the scheduler's `jobs.recover_stalled` queues it again and the next worker finishes it), and
a mail task cut off mid-send is reported, never sent twice. PostgreSQL only: on SQLite the
test database lives in the test process's memory, where no other process can reach it (the
in-process worker tests in test_retries.py cover SQLite).

Another process must see what these tests write, so they write it on a second connection to
the test database, in autocommit, and remove it afterwards."""

import os
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from jobs.models import ScheduledJobRun, SchedulerLock
from jobs.retries import retry_by_hand
from mail.messages import send_templated
from mail.models import OutgoingMessage
from tests.jobs.tasks import append_line
from tests.task_worker import DATABASE_TASKS

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="DATABASE_URL does not point at PostgreSQL"
    ),
]
ROOT = Path(__file__).resolve().parents[2]
NOTICE = {"title": "Uw aanmelding is binnen", "body": "We nemen contact op.", "link": None}


def wait_until(condition, timeout=30, what="the condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


class Processes:
    """Starts manage.py commands on the test database, as the deploy/ units start them."""

    def __init__(self, log_dir):
        db = connection.settings_dict
        url = f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.jobs.worker_settings",
            "DATABASE_URL": url,
        }
        self.log_dir = log_dir
        self.running = []

    def mail_to(self, smtp_server):
        self.env.update(EMAIL_HOST="127.0.0.1", EMAIL_PORT=str(smtp_server.port))
        return smtp_server

    def start(self, *args):
        log = (self.log_dir / f"{args[0]}-{len(self.running)}.log").open("w")
        process = subprocess.Popen(
            [sys.executable, "manage.py", *args],
            cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        self.running.append(process)
        return process

    def worker(self):
        return self.start("db_worker", "--no-reload", "--interval", "0.1", "--no-startup-delay")

    def run(self, *args, timeout=120):
        process = self.start(*args)
        assert process.wait(timeout) == 0, self.logs()

    def kill(self, process):
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(10)

    def logs(self):
        return "\n".join(path.read_text() for path in sorted(self.log_dir.glob("*.log")))

    def stop_all(self):
        for process in self.running:
            if process.poll() is None:
                self.kill(process)


@contextmanager
def autocommit_connection():
    """The ORM on a second connection to the test database while the test's own connection
    stays in its (rolled-back) transaction: what is written is committed at once."""
    test_connection = connections[DEFAULT_DB_ALIAS]
    second = connections.create_connection(DEFAULT_DB_ALIAS)
    connections[DEFAULT_DB_ALIAS] = second
    try:
        yield
    finally:
        second.close()
        connections[DEFAULT_DB_ALIAS] = test_connection


@pytest.fixture
def processes(db, settings, tmp_path):
    """Committed rows, worker processes on them, and afterwards nothing left behind."""
    settings.TASKS = DATABASE_TASKS
    started = timezone.now()
    with autocommit_connection():
        running = Processes(tmp_path)
        try:
            yield running
        finally:
            running.stop_all()
            DBTaskResult.objects.filter(enqueued_at__gte=started).delete()
            OutgoingMessage.objects.filter(created_at__gte=started).delete()
            ScheduledJobRun.objects.all().delete()
            SchedulerLock.objects.all().delete()


def time_passes_for_stalled_tasks(settings):
    """The worker died long enough ago for the scheduler to call its task stalled."""
    DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING).update(
        started_at=timezone.now() - timedelta(seconds=settings.JOBS_STALLED_AFTER + 1)
    )


def test_a_worker_killed_mid_task_loses_nothing(processes, tmp_path, settings):
    target = tmp_path / "out.txt"
    result = append_line.enqueue(str(target), "eenmaal", sleep=60)
    worker = processes.worker()
    wait_until(Path(f"{target}.runs").exists, what="the worker to start the task")
    processes.kill(worker)
    row = DBTaskResult.objects.get(pk=result.id)
    assert row.status == TaskResultStatus.RUNNING and not target.exists()

    processes.run("run_scheduled", "--job", "jobs.recover_stalled")
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.RUNNING  # too soon
    ScheduledJobRun.objects.all().delete()
    time_passes_for_stalled_tasks(settings)
    processes.run("run_scheduled", "--job", "jobs.recover_stalled")
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.READY

    processes.run("db_worker", "--batch", "--no-startup-delay")
    row = DBTaskResult.objects.get(pk=result.id)
    assert row.status == TaskResultStatus.SUCCESSFUL, processes.logs()
    assert row.return_value == 2 and len(row.worker_ids) == 2
    assert target.read_text() == "eenmaal\n"


def test_a_mail_task_killed_mid_send_is_reported_and_never_sent_twice(
    processes, smtp_server, settings
):
    processes.mail_to(smtp_server)
    stored = send_templated("mail/notice", to="anna@partij.example", language="nl", context=NOTICE)
    task = DBTaskResult.objects.get(task_path="mail.tasks.send_message")
    smtp_server.hold()
    worker = processes.worker()
    assert smtp_server.held.wait(30), processes.logs()  # the worker is in the SMTP conversation
    processes.kill(worker)
    smtp_server.release()
    stored.refresh_from_db()
    assert stored.status == OutgoingMessage.Status.SENDING

    time_passes_for_stalled_tasks(settings)
    processes.run("run_scheduled", "--job", "jobs.recover_stalled")
    processes.run("db_worker", "--batch", "--no-startup-delay")
    task.refresh_from_db()
    stored.refresh_from_db()
    assert task.status == TaskResultStatus.FAILED, processes.logs()
    assert task.exception_class_path == "mail.tasks.MessageInterrupted"
    assert stored.status == OutgoingMessage.Status.INTERRUPTED
    assert smtp_server.messages == []  # not sent a second time behind staff's back

    assert retry_by_hand(task.pk)  # staff's "Opnieuw proberen" in Reports → Mislukte taken
    processes.run("db_worker", "--batch", "--no-startup-delay")
    stored.refresh_from_db()
    assert stored.status == OutgoingMessage.Status.SENT
    assert [m["Message-ID"] for m in smtp_server.messages] == [stored.message_id]


def test_two_workers_never_send_one_message_twice(processes, smtp_server):
    processes.mail_to(smtp_server)
    stored = [
        send_templated("mail/notice", to=f"lid{n}@partij.example", language="nl", context=NOTICE)
        for n in range(6)
    ]
    workers = [processes.start("db_worker", "--batch", "--no-startup-delay") for _ in range(2)]
    for worker in workers:
        assert worker.wait(120) == 0, processes.logs()
    sent = sorted(message["Message-ID"] for message in smtp_server.messages)
    assert sent == sorted(message.message_id for message in stored)
    tasks = DBTaskResult.objects.filter(task_path="mail.tasks.send_message")
    assert {len(task.worker_ids) for task in tasks} == {1}
    assert set(tasks.values_list("return_value", flat=True)) == {"sent"}
