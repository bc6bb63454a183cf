"""`background_task`: django-tasks' `@task` plus what the project adds to every task.

    from jobs.tasks import background_task

    @background_task(attempts=5)
    def send_reminder(registration_id):
        ...

    send_reminder.enqueue(registration.pk)   # inside the transaction that made the row

With the database backend (production) a task that raises is run again after JOBS_RETRY_DELAY
seconds, doubling, until it has had `attempts` runs; then it stays failed and is listed under
Reports → Mislukte taken, where staff can run it again. Raise `PermanentFailure` for an error a
retry cannot mend. `on_retry(*args, **kwargs)` is called when staff retry it by hand (e.g. to
reset a row the task refuses to touch twice). A task must be safe to run again: a worker that
dies mid-task leaves it "running", and the scheduler queues it again (jobs/retries.py).
"""

from dataclasses import dataclass

from django_tasks import task

POLICIES = {}


class PermanentFailure(Exception):
    """Raised by a task when running it again cannot help: it fails without more attempts."""


@dataclass(frozen=True)
class Policy:
    attempts: object  # a number, or a function returning one (read from settings at run time)
    on_retry: object = None

    @property
    def max_attempts(self):
        return self.attempts() if callable(self.attempts) else self.attempts


def background_task(*, attempts=5, on_retry=None, **task_options):
    def decorate(func):
        background = task(**task_options)(func)
        POLICIES[background.module_path] = Policy(attempts=attempts, on_retry=on_retry)
        return background

    return decorate


def policy_for(task_path):
    return POLICIES.get(task_path, Policy(attempts=1))
