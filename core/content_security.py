from csp.middleware import CSPMiddleware
from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with the admin's relaxed directives (settings
    ADMIN_CSP_RELAXED) under ADMIN_CSP_PATHS; everything else gets CONTENT_SECURITY_POLICY.
    It sits above the response cache's store point, so a cache hit carries the header too."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(settings.ADMIN_CSP_PATHS):
            parts.update = {**settings.ADMIN_CSP_RELAXED, **(parts.update or {})}
        return parts
