from django.conf import settings


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
