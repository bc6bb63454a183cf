"""DRF throttling for the v2 API: anonymous clients get `API_RATE_LIMIT` requests a minute
(read at request time, so it can be changed without a restart of the tests' settings)."""

from django.conf import settings
from rest_framework.throttling import AnonRateThrottle


class AnonymousAPIThrottle(AnonRateThrottle):
    def get_rate(self):
        limit = settings.API_RATE_LIMIT
        return f"{limit}/min" if limit else None

    def get_ident(self, request):
        from .middleware import client_address

        return client_address(request)
