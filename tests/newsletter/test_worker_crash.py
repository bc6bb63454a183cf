"""A real `manage.py db_worker` process killed (SIGKILL) in the middle of a send, then the
scheduler's recovery and a new worker: everyone gets the issue, nobody gets it twice.

The worker and the test need one database both can see, so this test makes its own: a
SQLite file, migrated by `manage.py migrate` as on a fresh machine (tests/demo_server.py's
environment), with the real SMTP server of tests/smtp_server.py."""

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest

from tests.demo_server import INHERITED_VARIABLES_TO_DROP, PROJECT_DIR
from tests.smtp_server import SmtpServer

RECIPIENTS = 200


@pytest.fixture
def smtp():
    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture
def site(tmp_path, smtp):
    env = {k: v for k, v in os.environ.items() if k not in INHERITED_VARIABLES_TO_DROP}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.dev",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        MEDIA_ROOT=str(tmp_path / "media"),
        DEBUG="false",
        TASKS_BACKEND="database",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(smtp.port),
        NEWSLETTER_SEND_RATE="40",
        NEWSLETTER_BATCH_SIZE="50",
        API_RATE_LIMIT="0",
        PYTHONPATH=str(PROJECT_DIR),
    )

    def manage(*args, **kwargs):
        command = [sys.executable, str(PROJECT_DIR / "manage.py"), *args]
        return subprocess.run(
            command, env=env, cwd=PROJECT_DIR, check=True, capture_output=True, text=True, **kwargs
        )

    def shell(code):
        output = manage("shell", "-c", code).stdout
        return json.loads(output.strip().splitlines()[-1])

    def worker(*args):
        # --no-reload: with the autoreloader the worker would be a child of the process killed.
        command = [sys.executable, str(PROJECT_DIR / "manage.py"), "db_worker", "--no-reload"]
        process = subprocess.Popen(
            [*command, *args],
            env=env,
            cwd=PROJECT_DIR,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        started.append(process)
        return process

    started = []
    manage("migrate", "--noinput", "-v", "0")
    yield shell, worker
    for process in started:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def wait_for(condition, timeout=120):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_a_worker_killed_mid_send_resumes_without_sending_anyone_a_second_copy(site, smtp):
    shell, worker = site
    setup = f"from tests.newsletter.crash_setup import start; start({RECIPIENTS})"
    send_id = shell(setup)["send"]

    first = worker("--interval", "0.1", "--no-startup-delay")
    try:
        wait_for(lambda: len(smtp.messages) >= 70)  # into the second batch
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    before = len(smtp.messages)
    assert before < RECIPIENTS
    midway = shell(f"from tests.newsletter.crash_setup import report; report({send_id})")
    assert midway["counts"].get("pending", 0) > 0

    # The stall timeout passes (the task's start moved back an hour), and the scheduler's
    # recovery (jobs/retries.py) queues the task again for the next worker.
    shell(
        "import json; from datetime import timedelta; from django.utils import timezone; "
        "from django_tasks_db.models import DBTaskResult; "
        "from jobs.retries import recover_stalled; "
        "DBTaskResult.objects.filter(status='RUNNING')"
        ".update(started_at=timezone.now() - timedelta(hours=1)); "
        "print(json.dumps(recover_stalled()))"
    )
    second = worker("--batch", "--interval", "0", "--no-startup-delay")
    second.wait(timeout=180)
    assert second.returncode == 0, second.stderr.read().decode()[-2000:]

    copies = Counter(address for _sender, tos in smtp.envelopes for address in tos)
    assert max(copies.values()) == 1  # nobody twice
    final = shell(f"from tests.newsletter.crash_setup import report; report({send_id})")
    counts = final["counts"]
    assert counts.get("pending", 0) == 0
    assert counts.get("sending", 0) <= 1  # the one cut off mid-conversation, if any
    # The cut-off row may or may not have reached the server: its report is lost, not a copy.
    assert counts["sent"] + counts.get("sending", 0) == RECIPIENTS
    assert len(copies) - counts["sent"] in (0, counts.get("sending", 0))
    assert final["status"] == "done"
