from .base import *  # noqa: F403
from .env import env_bool, env_origins, env_str

DEBUG = env_bool("DEBUG", True)
# A development-only key: production refuses to start without its own SECRET_KEY.
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-not-for-production")
CORS_ALLOWED_ORIGINS = env_origins("CORS_ALLOWED_ORIGINS", ["http://localhost:3000"])
