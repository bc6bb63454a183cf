import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import DATABASES
from .env import env_bool, env_int, env_origins, env_str

SECRET_KEY = env_str("SECRET_KEY", "test-only-insecure-key")
CORS_ALLOWED_ORIGINS = env_origins("CORS_ALLOWED_ORIGINS", ["http://localhost:3000"])
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Each run gets its own media folder, so parallel runs never delete each other's files.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="kennispunt-test-media-"))
HELPDESK_PRIVATE_ROOT = Path(tempfile.mkdtemp(prefix="kennispunt-test-private-"))
# Parallel runs against one PostgreSQL server each need their own test database.
DATABASES["default"]["TEST"] = {"NAME": env_str("TEST_DATABASE_NAME")}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAILAPI_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# Delivery: with the immediate task backend a webhook's first attempt is made in the request
# (tests wait for it); retries are due at once and there are three; the API rate limit is off
# unless a test sets it.
DELIVERY_WEBHOOK_ATTEMPTS = 3
DELIVERY_WEBHOOK_RETRY_DELAY = 0
DELIVERY_WEBHOOK_TIMEOUT = 2
API_RATE_LIMIT = env_int("API_RATE_LIMIT", 0, minimum=0)
SEARCH_PAGE_RATE_LIMIT = env_int("SEARCH_PAGE_RATE_LIMIT", 0, minimum=0)
PAGE_PASSWORD_RATE_LIMIT = env_int("PAGE_PASSWORD_RATE_LIMIT", 0, minimum=0)
# The response cache is off unless a test switches it on (tests/caching/test_response_cache.py):
# each test's changes are rolled back without the bump a commit would bring.
API_RESPONSE_CACHE = env_bool("API_RESPONSE_CACHE", False)
# Off as the response cache: tests roll their content back, the cache keeps what it saw
# (tests/caching/test_fragments.py turns it on and empties the cache after each test).
RENDER_FRAGMENT_CACHE = env_bool("RENDER_FRAGMENT_CACHE", False)
# The link check reaches only the test's own servers on loopback.
LINKCHECK_HOSTS = {"127.0.0.1"}
# Searches are written after each request, so a test reads its count at once.
SEARCH_LOG_FLUSH_INTERVAL = 0
# The real database task worker runs inside tests (tests/jobs): on SQLite its exclusive
# transaction must be a savepoint in the test's transaction, which needs this mode.
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"].setdefault("OPTIONS", {})["transaction_mode"] = "EXCLUSIVE"
FORUM_MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="kennispunt-test-forum-"))
