"""The editors' login (/admin/login/) locks an address out after repeated wrong passwords, at
any pace: django-axes counts the failures (database handler, shared by every worker) and works
with Wagtail's login view, which authenticates through Django's backends. Member logins keep
allauth's own limits (ACCOUNT_RATE_LIMITS), so axes looks at the admin login only."""

import math

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.utils.translation import ngettext

from .middleware import client_address, html_too_many_requests

ADMIN_LOGIN_PATH = "/admin/login/"


def client_ip(request):
    """The same client address as the rate limits (TRUSTED_PROXY_COUNT)."""
    return client_address(request) or "0.0.0.0"


def is_not_admin_login(request, credentials):
    return getattr(request, "path", "") != ADMIN_LOGIN_PATH


def lockout_response(request, original_response=None, credentials=None):
    retry_after = int(settings.AXES_COOLOFF_TIME.total_seconds())
    minutes = math.ceil(retry_after / 60)
    message = ngettext(
        "Te veel mislukte inlogpogingen. Probeer het over %(minutes)d minuut opnieuw.",
        "Te veel mislukte inlogpogingen. Probeer het over %(minutes)d minuten opnieuw.",
        minutes,
    ) % {"minutes": minutes}
    return html_too_many_requests(message, retry_after)


class AdminLoginLockoutBackend(AxesStandaloneBackend):
    """Axes' backend, but a login without a request (Django's test client, a management
    command) is no attempt over the web: nothing to count, nothing to refuse."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)
