from django.conf import settings
from django.middleware.security import SecurityMiddleware


class SecurityHeadersMiddleware(SecurityMiddleware):
    """The headers of Django's SecurityMiddleware (which stays at the top for the HTTPS
    redirect and for every response), added again below the response cache's store point so
    that a cached response holds them. They depend only on the URL (HSTS on https), and
    SecurityMiddleware leaves a header that is already there alone."""

    def process_request(self, request):
        return None


class PermissionsPolicyMiddleware:
    """Sends PERMISSIONS_POLICY on every response: no page needs the camera and the like."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = getattr(settings, "PERMISSIONS_POLICY", "")
        if policy:
            response.headers.setdefault("Permissions-Policy", policy)
        return response
