from urllib.parse import urlsplit

from csp.middleware import CSPMiddleware
from django.conf import settings


def preview_client_origins():
    """The decoupled front end's origins, which the admin's "In de app" preview frames."""
    urls = getattr(settings, "WAGTAIL_HEADLESS_PREVIEW", {}).get("CLIENT_URLS", {}).values()
    return sorted({f"{p.scheme}://{p.netloc}" for p in map(urlsplit, urls) if p.netloc})


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with the admin's relaxed directives (settings
    ADMIN_CSP_RELAXED, and frames from the preview client) under ADMIN_CSP_PATHS; everything
    else gets CONTENT_SECURITY_POLICY. It sits below the response cache's store point: the
    policy depends on the path alone, so it is stored with a cached response and a hit carries
    it without building it again."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(settings.ADMIN_CSP_PATHS):
            frames = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"]
            relaxed = {
                **settings.ADMIN_CSP_RELAXED,
                "frame-src": [*frames, *preview_client_origins()],
            }
            parts.update = {**relaxed, **(parts.update or {})}
        return parts
