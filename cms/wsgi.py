import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

django_application = get_wsgi_application()

from django.conf import settings  # noqa: E402 - after Django is set up

from caching.front import ResponseCacheFront  # noqa: E402
from core.request_id import RequestIdMiddleware, request_id_of  # noqa: E402

# A response-cache hit is answered before Django's request cycle (caching/front.py), with a
# request id where Django's answers have one.
has_request_ids = f"{RequestIdMiddleware.__module__}.RequestIdMiddleware" in settings.MIDDLEWARE
application = ResponseCacheFront(
    django_application, request_id=request_id_of if has_request_ids else None
)
