"""The database task backend and its real worker (django-tasks-db's `db_worker` loop), run
in-process inside the test's transaction: the `database_tasks` and `worker` fixtures
(tests/conftest.py) switch a test onto it and run what is queued."""

from unittest import mock

from django_tasks_db.management.commands.db_worker import Worker

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_worker():
    """What `manage.py db_worker --batch` does: run every ready task, then stop. (Between
    tasks the worker drops stale connections; here that would drop the test's transaction.)"""
    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
    )
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        worker.run()
