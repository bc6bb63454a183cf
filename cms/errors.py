"""The site's answer to an exception no view handled (handler500): an outage of the database
or the cache (core/outages.py) is a 503 — the page, or a problem for /api/ — anything else
core's 500 page."""

import sys

from api.problems import unavailable_problem
from core import views
from core.outages import is_outage, service_unavailable


def server_error(request):
    if not is_outage(sys.exc_info()[1]):
        return views.server_error(request)
    if request.path.startswith("/api/"):
        return unavailable_problem(request)
    return service_unavailable(request)
