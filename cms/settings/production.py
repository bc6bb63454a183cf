from django.core.exceptions import ImproperlyConfigured

from .background import TASK_BACKENDS
from .base import *  # noqa: F403
from .env import env_bool, env_database, env_int, env_list, env_str, env_url

DEBUG = False

# Production never guesses: each of these must come from the environment, and a missing one
# stops start-up with its name (no SQLite fallback, no per-process cache, no localhost URLs).
SECRET_KEY = env_str("SECRET_KEY", required=True)
env_str("DATABASE_URL", required=True)
DATABASES = {"default": env_database("DATABASE_URL", None)}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    raise ImproperlyConfigured("DATABASE_URL must be a postgres:// URL in production.")
if not env_list("ALLOWED_HOSTS"):
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set.")
env_str("WAGTAILADMIN_BASE_URL", required=True)
WAGTAILADMIN_BASE_URL = env_url("WAGTAILADMIN_BASE_URL", schemes=("http", "https"))
WAGTAILAPI_BASE_URL = env_str("WAGTAILAPI_BASE_URL", WAGTAILADMIN_BASE_URL)
# Rate limits and the response cache must be shared between the gunicorn workers.
if not REDIS_URL:  # noqa: F405
    raise ImproperlyConfigured("REDIS_URL must be set (rate limits and the cache are shared).")

# Editors log in to the admin with a password and an authenticator app's code.
ADMIN_REQUIRE_TWO_FACTOR = env_bool("ADMIN_REQUIRE_TWO_FACTOR", True)

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
# The header only permits submitting the domain to the preload list; submitting is a choice.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
# Only for a site served over plain HTTP on loopback (the whole-stack stage of `make test`).
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
PERMISSIONS_POLICY = env_str(
    "PERMISSIONS_POLICY", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
)

# Static files from the application through whitenoise: hashed, compressed, cached for a year.
# Media stay with the web server (nginx); documents go through Wagtail's serve view so that
# privacy settings hold.
_store_point = MIDDLEWARE.index("caching.response_cache.UpdateResponseCacheMiddleware")  # noqa: F405
MIDDLEWARE = [
    "core.request_id.RequestIdMiddleware",
    *MIDDLEWARE[:2],  # noqa: F405 - response cache, SecurityMiddleware
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *MIDDLEWARE[2 : _store_point + 1],  # noqa: F405
    # The same for every response: stored with a cached one (see base.MIDDLEWARE).
    "core.middleware.PermissionsPolicyMiddleware",
    *MIDDLEWARE[_store_point + 1 :],  # noqa: F405
]
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 365 * 24 * 3600
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Production runs background work in `manage.py db_worker` unless told otherwise, and mail must
# leave the machine: SMTP (EMAIL_HOST) or a provider's backend (EMAIL_BACKEND, django-anymail).
TASKS_BACKEND = env_str("TASKS_BACKEND", "database")
TASKS = {"default": {"BACKEND": TASK_BACKENDS.get(TASKS_BACKEND, TASKS_BACKEND)}}
if EMAIL_BACKEND.endswith(("filebased.EmailBackend", "EmlFileBackend")):  # noqa: F405
    raise ImproperlyConfigured(
        "Production needs EMAIL_HOST (SMTP) or EMAIL_BACKEND (a mail provider, see README)."
    )

# JSON log lines with the request id, for journald and log shippers.
LOGGING = {
    **LOGGING,  # noqa: F405
    "filters": {"request_id": {"()": "core.request_id.RequestIdFilter"}},
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
        }
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "filters": ["request_id"],
        }
    },
}

# Errors to Sentry (or a compatible service such as GlitchTip) only when SENTRY_DSN is set.
SENTRY_DSN = env_str("SENTRY_DSN")
if SENTRY_DSN:
    import sentry_sdk

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=env_str("SENTRY_ENVIRONMENT", "production"),
        traces_sample_rate=float(env_str("SENTRY_TRACES_SAMPLE_RATE", "0")),
        send_default_pii=False,
    )
