"""Cache headers for public responses.

`CacheHeadersMiddleware` marks anonymous GET/HEAD responses as publicly cacheable; Django's
`ConditionalGetMiddleware` (above it) adds the ETag and answers If-None-Match with a 304.
Responses for the admin, previews, logged-in users, valid API tokens or that set cookies are never
publicly cached (nor stored by the response cache, caching/response_cache.py).
"""

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers

PRIVATE_PREFIXES = ("/admin/", "/django-admin/", "/api/v2/preview/")


def is_private_request(request):
    return (
        request.path.startswith(PRIVATE_PREFIXES)
        or getattr(getattr(request, "user", None), "is_authenticated", False)
        or api_token_user_id(request) is not None
    )


def api_token_user_id(request):
    """The user of the request's valid, unrevoked API token; None for no or any other
    Authorization header (`Bearer garbage` is anonymous: it must not skip the response cache
    or the rate limit). Looked up once per request."""
    if "HTTP_AUTHORIZATION" not in request.META:
        return None
    if not hasattr(request, "_api_token_user_id"):
        request._api_token_user_id = _lookup_token_user(request.META["HTTP_AUTHORIZATION"])
    return request._api_token_user_id


def _lookup_token_user(header):
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    from wagtail.models import APIToken

    found = APIToken.objects.filter(
        key_hash__in=APIToken.candidate_key_hashes(token.strip()),
        revoked_at__isnull=True,
        user__is_active=True,
    ).values_list("user_id", flat=True)
    return next(iter(found), None)


class CacheHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            return response
        if is_private_request(request) or response.cookies or response.status_code != 200:
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, private=True, no_cache=True)
            return response
        if response.has_header("Cache-Control"):
            return response  # the view decided itself
        is_api = request.path.startswith("/api/")
        max_age = settings.DELIVERY_API_MAX_AGE if is_api else settings.DELIVERY_HTML_MAX_AGE
        patch_cache_control(
            response, public=True, max_age=max_age, s_maxage=settings.DELIVERY_SHARED_MAX_AGE
        )
        if not is_api:
            patch_vary_headers(response, ["Accept-Language"])
        return response
