from .base import *  # noqa: F403
from .base import BASE_DIR
from .env import env_origins, env_str

SECRET_KEY = env_str("SECRET_KEY", "test-only-insecure-key")
CORS_ALLOWED_ORIGINS = env_origins("CORS_ALLOWED_ORIGINS", ["http://localhost:3000"])
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = BASE_DIR / "var" / "test-media"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAILAPI_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
