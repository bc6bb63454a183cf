"""The floor of benchmarks/site_speed.py: a trivial Django view (no database, no middleware),
served by the same gunicorn as the site. `gunicorn --chdir benchmarks floor_app:application`"""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="floor",  # noqa: S106 - a benchmark view that holds nothing
    ALLOWED_HOSTS=["127.0.0.1"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
)


def trivial(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("", trivial)]
application = get_wsgi_application()
