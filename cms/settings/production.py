from django.core.exceptions import ImproperlyConfigured

from .background import TASK_BACKENDS
from .base import *  # noqa: F403
from .env import env_bool, env_int, env_str

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY", required=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000, minimum=0)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

# Production runs background work in `manage.py db_worker` unless told otherwise, and mail must
# leave the machine: SMTP (EMAIL_HOST) or a provider's backend (EMAIL_BACKEND, django-anymail).
TASKS_BACKEND = env_str("TASKS_BACKEND", "database")
TASKS = {"default": {"BACKEND": TASK_BACKENDS.get(TASKS_BACKEND, TASKS_BACKEND)}}
if EMAIL_BACKEND.endswith(("filebased.EmailBackend", "EmlFileBackend")):  # noqa: F405
    raise ImproperlyConfigured(
        "Production needs EMAIL_HOST (SMTP) or EMAIL_BACKEND (a mail provider, see README)."
    )
