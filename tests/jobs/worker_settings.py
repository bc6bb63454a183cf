"""Settings of a `manage.py db_worker` or `run_scheduled` started as a subprocess by the tests
(tests/jobs/test_worker_process.py): the test settings, with the database task backend and
real SMTP (EMAIL_HOST and EMAIL_PORT from the environment, the test's loopback server)."""

from cms.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
