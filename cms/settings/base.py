"""Settings shared by every environment. Values that differ per machine come from the
environment (see cms/settings/env.py and the README)."""

from datetime import timedelta
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from search.conf import search_backends

from .env import env_bool, env_database, env_int, env_list, env_origins, env_str, env_url, env_urls

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "cms"

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_origins("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "api",
    "home",
    "accounts",
    "parties",
    "delivery",
    "webhooks",
    "caching",
    "ratelimits",
    "axes",
    "csp",
    "guides",
    "search",
    "documents",
    "news",
    "signpost",
    "trainings",
    "newsletter",
    "learningpaths",
    "helpdesk",
    "forum",
    "linkcheck",
    "backups",
    "demo",
    "jobs",
    "mail",
    "django_tasks",
    "django_tasks_db",
    "wagtail_localize",
    "wagtail_headless_preview",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail.api.v3",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "corsheaders",
    # Django Ninja's own static files: /api/v3/docs/ serves Swagger UI from them, not a CDN.
    "ninja",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.headless",
]

MIDDLEWARE = [
    # The response cache answers a hit first (through the middleware above its store point and
    # the rate limit only); it stores below CORS and the ETag (added per request) and above
    # every middleware that may set a cookie or Vary. Headers that are the same for every
    # request of a URL (security headers, the Content Security Policy) are added below the store
    # point: stored with the response, a hit need not build them again (caching/front.py).
    "caching.response_cache.ResponseCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "caching.response_cache.UpdateResponseCacheMiddleware",
    "core.middleware.SecurityHeadersMiddleware",
    "core.content_security.ContentSecurityPolicyMiddleware",
    "core.request_memo.ReadRequestMemoMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.two_factor.AdminTwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "caching.middleware.CacheHeadersMiddleware",
    "ratelimits.middleware.RateLimitMiddleware",
    "api.input_guard.ApiInputGuardMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "guides.context_processors.navigation",
            ],
        },
    },
]

DATABASES = {"default": env_database("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_url("REDIS_URL", schemes=("redis", "rediss", "unix"))
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "kennispunt",
            # Redis down: every read is a miss and every write is dropped (logged), so the site
            # keeps serving uncached; rate limits decide for themselves (ratelimits/).
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 2,
                "SOCKET_TIMEOUT": 2,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 2000},
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Dutch first: interface and content default to Dutch, English under /en/.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("Engels"))]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# A page submitted for translation gets a draft in the other language; it goes live when the
# translator publishes it, not before (wagtail-localize would otherwise publish it at once,
# with the untranslated Dutch text).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "var" / "static")))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
MEDIA_URL = "/media/"
# Uploaded files are served by the web server in production; Django serves them only for
# development and for the browser checks, which run without DEBUG.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Kennispunt Lokale Politieke Partijen"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_DOCUMENT_MODEL = "documents.KennispuntDocument"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "ods"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif", "svg"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# One node, or the nodes of one cluster comma-separated (search.conf.search_backends).
SEARCH_URL = env_urls("SEARCH_URL", schemes=("http", "https"))
# Copies of each shard on other nodes, for the readers' indexes and Wagtail's (a cluster of
# three: 1). Unset: none for the readers' indexes, the cluster's default (1) for Wagtail's.
# Takes effect for indexes created from then on (`update_index`).
SEARCH_INDEX_REPLICAS = env_int("SEARCH_INDEX_REPLICAS", None, minimum=0)
WAGTAILSEARCH_BACKENDS = search_backends(
    SEARCH_URL,
    index_prefix=env_str("SEARCH_INDEX_PREFIX", "kennispunt_"),
    timeout=env_int("SEARCH_TIMEOUT", 5, minimum=1),
    engine=env_str("SEARCH_ENGINE", "opensearch"),
    replicas=SEARCH_INDEX_REPLICAS,
)

WAGTAILAPI_BASE_URL = env_str("WAGTAILAPI_BASE_URL", WAGTAILADMIN_BASE_URL)
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILAPI_SEARCH_ENABLED = True

# Delivery to the decoupled app (caching/, webhooks/, ratelimits/): cache lifetimes in seconds,
# front-end cache purge,
# the signed webhook on publish/unpublish/move/delete, and the anonymous API rate limit.
DELIVERY_HTML_MAX_AGE = env_int("CACHE_HTML_MAX_AGE", 300, minimum=0)
DELIVERY_API_MAX_AGE = env_int("CACHE_API_MAX_AGE", 60, minimum=0)
DELIVERY_SHARED_MAX_AGE = env_int("CACHE_SHARED_MAX_AGE", 3600, minimum=0)
FRONTEND_CACHE_URL = env_url("FRONTEND_CACHE_URL", schemes=("http", "https"))
WAGTAILFRONTENDCACHE = (
    {
        "default": {
            "BACKEND": env_str(
                "FRONTEND_CACHE_BACKEND", "wagtail.contrib.frontend_cache.backends.HTTPBackend"
            ),
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }
    if FRONTEND_CACHE_URL
    else {}
)
DELIVERY_WEBHOOK_URL = env_url("WEBHOOK_URL", schemes=("http", "https"))
DELIVERY_WEBHOOK_SECRET = env_str("WEBHOOK_SECRET", "", required=bool(DELIVERY_WEBHOOK_URL))
# Each attempt is a background task (jobs/); 8 attempts 30 s apart, doubling, span ~1 hour.
DELIVERY_WEBHOOK_ATTEMPTS = env_int("WEBHOOK_ATTEMPTS", 8, minimum=1)
DELIVERY_WEBHOOK_RETRY_DELAY = env_int("WEBHOOK_RETRY_DELAY", 30, minimum=0)
DELIVERY_WEBHOOK_TIMEOUT = env_int("WEBHOOK_TIMEOUT", 5, minimum=1)
# A delivery claimed longer ago than this was left by a stopped process and is sent again.
DELIVERY_WEBHOOK_SENDING_TIMEOUT = env_int(
    "WEBHOOK_SENDING_TIMEOUT",
    max(300, 2 * DELIVERY_WEBHOOK_TIMEOUT),
    minimum=DELIVERY_WEBHOOK_TIMEOUT + 1,
)
WAGTAIL_HEADLESS_PREVIEW = {
    "CLIENT_URLS": {"default": env_str("PREVIEW_CLIENT_URL", "http://localhost:3000/preview")},
}
HEADLESS_PREVIEW_MAX_AGE = env_int("PREVIEW_TOKEN_MAX_AGE", 3600, minimum=1)
API_RATE_LIMIT = env_int("API_RATE_LIMIT", 600, minimum=0)  # per client per minute; 0 = off
# Site searches (/zoeken/) per client per minute; page-password attempts per ten minutes.
SEARCH_PAGE_RATE_LIMIT = env_int("SEARCH_PAGE_RATE_LIMIT", 60, minimum=0)
PAGE_PASSWORD_RATE_LIMIT = env_int("PAGE_PASSWORD_RATE_LIMIT", 10, minimum=0)
# A logged-in session or a valid API token counts per user, with this many times the limit.
API_RATE_LIMIT_USER_FACTOR = env_int("API_RATE_LIMIT_USER_FACTOR", 10, minimum=1)
# Proxies in front of the site that append to X-Forwarded-For (0: use REMOTE_ADDR). The
# older API_RATE_LIMIT_TRUST_FORWARDED=true means one.
TRUSTED_PROXY_COUNT = env_int(
    "TRUSTED_PROXY_COUNT", int(env_bool("API_RATE_LIMIT_TRUST_FORWARDED", False)), minimum=0
)
# Server-side cache of anonymous public GETs (caching/response_cache.py), emptied by every
# content change. On by default only with Redis: with the per-process cache another worker would
# not see a change; "on" without Redis is for a single process.
API_RESPONSE_CACHE = env_bool("API_RESPONSE_CACHE", bool(REDIS_URL))
API_RESPONSE_CACHE_TTL = env_int("API_RESPONSE_CACHE_TTL", 300, minimum=1)
API_RESPONSE_CACHE_SETTLE = 3  # seconds after a change in which nothing is stored
# Rendered parts of pages for anonymous readers, kept to the same generation (caching/fragments.py).
RENDER_FRAGMENT_CACHE = env_bool("RENDER_FRAGMENT_CACHE", bool(REDIS_URL))
RENDER_FRAGMENT_CACHE_TTL = env_int("RENDER_FRAGMENT_CACHE_TTL", 300, minimum=1)
# Searches are counted in memory and written in one batch at most this often (search/querylog.py).
SEARCH_LOG_FLUSH_INTERVAL = env_int("SEARCH_LOG_FLUSH_INTERVAL", 30, minimum=0)

# Browsers on the decoupled app's origins may only read, anonymously: no write methods, no
# Authorization header, no cookies. API v3 writes (Bearer token of a user, with that user's
# page permissions) are for server-side clients, so a token never has to live in a browser.
CORS_ALLOWED_ORIGINS = env_origins("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_ALLOW_HEADERS = ("accept", "accept-language", "content-type", "user-agent")
CORS_ALLOW_CREDENTIALS = False

# Member accounts (accounts/, django-allauth): sign-up with e-mail and password, verification by
# link, login, password reset, throttling. Staff keep Wagtail's own login at /admin/login/.
AUTHENTICATION_BACKENDS = [
    "ratelimits.admin_login.AdminLoginLockoutBackend",  # first: refuses a locked-out login
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
# The admin login locks an address out for a while after this many wrong passwords
# (ratelimits/admin_login.py); 0 = never.
AXES_ENABLED = env_int("ADMIN_LOGIN_FAILURE_LIMIT", 10, minimum=0) > 0
AXES_FAILURE_LIMIT = max(1, env_int("ADMIN_LOGIN_FAILURE_LIMIT", 10, minimum=0))
AXES_COOLOFF_TIME = timedelta(minutes=env_int("ADMIN_LOGIN_LOCKOUT_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # no record of every editor's login
AXES_CLIENT_IP_CALLABLE = "ratelimits.admin_login.client_ip"
AXES_WHITELIST_CALLABLE = "ratelimits.admin_login.is_not_admin_login"
AXES_LOCKOUT_CALLABLE = "ratelimits.admin_login.lockout_response"
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "member_home"
DEFAULT_FROM_EMAIL = env_str(
    "DEFAULT_FROM_EMAIL", "Kennispunt Lokale Politieke Partijen <noreply@kennispunt.localhost>"
)
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.MemberDetailsForm"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False  # a mail scanner opening the link verifies nothing
ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = 3
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_PREVENT_ENUMERATION = True  # a taken address gets a mail, not a telling form error
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "login": "30/m/ip",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
}
# Two-factor authentication (allauth.mfa, accounts/two_factor.py): an authenticator app (TOTP)
# with recovery codes. With ADMIN_REQUIRE_TWO_FACTOR the admin login asks for the app's code
# after the password and editors without an app must set one up before they reach the admin.
ADMIN_REQUIRE_TWO_FACTOR = env_bool("ADMIN_REQUIRE_TWO_FACTOR", False)
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Kennispunt"
MFA_ADAPTER = "accounts.two_factor.MFAAdapter"
MFA_FORMS = {
    "authenticate": "accounts.two_factor.TwoFactorAuthenticateForm",
    "reauthenticate": "accounts.two_factor.TwoFactorReauthenticateForm",
    "activate_totp": "accounts.two_factor.TwoFactorActivateForm",
}
# Editors made in the admin have no verified address in allauth's sense; their setup must not wait
# for one (a member cannot log in before verifying anyway).
MFA_ALLOW_UNVERIFIED_EMAIL = True
# The members' forum (forum/): attachments live outside MEDIA_ROOT and are served only to
# members, through a view.
FORUM_MEDIA_ROOT = Path(env_str("FORUM_MEDIA_ROOT", str(BASE_DIR / "var" / "forum")))
FORUM_EDIT_WINDOW_MINUTES = env_int("FORUM_EDIT_WINDOW_MINUTES", 30)
FORUM_HOLD_FIRST_POSTS = env_int("FORUM_HOLD_FIRST_POSTS", 0)
FORUM_POSTS_PER_MINUTE = env_int("FORUM_POSTS_PER_MINUTE", 5)
FORUM_ATTACHMENT_MAX_BYTES = env_int("FORUM_ATTACHMENT_MAX_BYTES", 5 * 1024 * 1024)

HEADLESS_CLIENTS = ("app",)
HEADLESS_SERVE_SPECIFICATION = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"search": {"level": "INFO"}},
}

# The helpdesk (helpdesk/): replies to its mails go to HELPDESK_EMAIL; attachments live in
# HELPDESK_PRIVATE_ROOT, outside MEDIA_ROOT, served only to staff.
HELPDESK_EMAIL = env_str("HELPDESK_EMAIL", "helpdesk@lokalepolitiekepartijen.nl")
HELPDESK_PRIVATE_ROOT = Path(env_str("HELPDESK_PRIVATE_ROOT", str(BASE_DIR / "var" / "private")))
HELPDESK_OVERDUE_WORKING_DAYS = env_int("HELPDESK_OVERDUE_WORKING_DAYS", 5, minimum=1)
HELPDESK_RETENTION_MONTHS = env_int("HELPDESK_RETENTION_MONTHS", 24, minimum=1)
HELPDESK_QUESTIONS_PER_HOUR = env_int("HELPDESK_QUESTIONS_PER_HOUR", 10, minimum=1)

from .background import *  # noqa: E402, F403
from .content_security import *  # noqa: E402, F403

EMAIL_FILE_PATH = BASE_DIR / "var" / "mail"

# Trainings (trainings/): participants' personal data is removed this long after the session.
TRAININGS_RETENTION_MONTHS = env_int("TRAININGS_RETENTION_MONTHS", 12, minimum=1)
# Where requests for a training on request (maatwerk) go; empty: the site's contact address.
TRAININGS_STAFF_EMAIL = env_str("TRAININGS_STAFF_EMAIL", "trainingen@kennispunt.localhost")
