"""Background work, e-mail and scheduled jobs (jobs/, mail/, webhooks/): read by base.py.

TASKS_BACKEND chooses where django-tasks runs work: "immediate" (the default: inside the
process that enqueues it, what `make run` and most tests want) or "database" (rows in the
database, run by `manage.py db_worker`: production and the full stack)."""

from django.core.exceptions import ImproperlyConfigured

from .env import env_bool, env_int, env_str

TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASKS_BACKEND = env_str("TASKS_BACKEND", "immediate")
if TASKS_BACKEND not in TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"TASKS_BACKEND must be one of {', '.join(TASK_BACKENDS)}, got {TASKS_BACKEND!r}."
    )
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASKS_BACKEND]}}

# A task that fails is run again after JOBS_RETRY_DELAY seconds, doubling each time, until it
# has had its attempts (each task says how many); then it is listed under Reports → Mislukte
# taken. A task still "running" after JOBS_STALLED_AFTER seconds was left by a worker that
# stopped (crash, SIGKILL, power): the scheduler puts it back in the queue.
JOBS_RETRY_DELAY = env_int("JOBS_RETRY_DELAY", 60, minimum=0)
JOBS_STALLED_AFTER = env_int("JOBS_STALLED_AFTER", 900, minimum=10)
# Finished task results are kept this many days, failed ones longer (for the report).
JOBS_RESULT_RETENTION_DAYS = env_int("JOBS_RESULT_RETENTION_DAYS", 14, minimum=1)
JOBS_FAILED_RESULT_RETENTION_DAYS = env_int("JOBS_FAILED_RESULT_RETENTION_DAYS", 90, minimum=1)
# A scheduler run that has not released its lock after this many seconds has died.
JOBS_SCHEDULER_LOCK_TIMEOUT = env_int("JOBS_SCHEDULER_LOCK_TIMEOUT", 1800, minimum=60)
# How long the webhook log keeps a finished delivery (purged daily by `run_scheduled`).
WEBHOOK_LOG_RETENTION_DAYS = env_int("WEBHOOK_LOG_RETENTION_DAYS", 30, minimum=1)

# E-mail. With EMAIL_HOST: SMTP. Without it (development) every message is written to
# var/mail/ as an .eml file, listed at /admin/mail/. A mail provider through django-anymail:
# EMAIL_BACKEND=anymail.backends.<provider>.EmailBackend plus ANYMAIL_* settings (README).
EMAIL_HOST = env_str("EMAIL_HOST", "")
EMAIL_PORT = env_int("EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ImproperlyConfigured("Set EMAIL_USE_TLS or EMAIL_USE_SSL, not both.")
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30, minimum=1)
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST else "mail.backends.EmlFileBackend",
)
DEFAULT_FROM_EMAIL = env_str(
    "DEFAULT_FROM_EMAIL", "Kennispunt Lokale Politieke Partijen <noreply@localhost>"
)
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# Attempts for one message before it is reported as failed (JOBS_RETRY_DELAY apart, doubling).
MAIL_ATTEMPTS = env_int("MAIL_ATTEMPTS", 6, minimum=1)
# Sent messages (with their addresses and text) are kept this many days, then purged.
MAIL_RETENTION_DAYS = env_int("MAIL_RETENTION_DAYS", 90, minimum=1)
# Where the contact details in every message's footer come from (a Wagtail setting model with
# contact_email and contact_phone).
MAIL_CONTACT_SETTINGS = "home.SiteSettings"
# The domain of every Message-ID; empty: the host of WAGTAILADMIN_BASE_URL.
MAIL_DOMAIN = env_str("MAIL_DOMAIN", "")

# The newsletter (newsletter/): messages per second to the mail server, messages per task run,
# days a confirmation link stays valid, sign-ups per client address per hour (0 = no limit).
NEWSLETTER_SEND_RATE = env_int("NEWSLETTER_SEND_RATE", 10, minimum=1)
NEWSLETTER_BATCH_SIZE = env_int("NEWSLETTER_BATCH_SIZE", 50, minimum=1)
NEWSLETTER_CONFIRM_DAYS = env_int("NEWSLETTER_CONFIRM_DAYS", 7, minimum=1)
NEWSLETTER_SIGNUP_LIMIT = env_int("NEWSLETTER_SIGNUP_LIMIT", 10, minimum=0)
