"""Input guard in front of the API endpoints Wagtail builds itself (v2 images and documents,
all of v3): the values its code would answer with a 500 are refused or cleaned first.

- `?search=` goes to Wagtail's search backend as typed; quotes, `*:*`, a lone `+`, NUL bytes
  or hundreds of words break the SQLite full-text backend (fts5 syntax errors, recursion) and
  cost the others. It is cleaned here with the same `clean_query` the site's own search uses.
  (`/api/v2/pages/?search=` is answered by the site's own search, which cleans it itself.)
- A NUL byte in any other parameter (`site`, `topic`, `html_path`…) would reach PostgreSQL,
  which refuses it in text: refused here.
- `offset` and `limit` reach the database as they are: 2**63 overflows its integers. Both are
  bounded: `offset` so that offset + limit stays inside OpenSearch's result window (10,000).

A refusal is a 400 in the error format of the API asked: `{"message": ...}` for v2 (Wagtail's
own), RFC 9457 problem details for v3.
"""

import logging

from django.conf import settings
from django.http import JsonResponse

from core.outages import is_outage
from search.query import clean_query

from .problems import problem_response, unavailable_problem
from .v3_combinations import combine_tree_filters

logger = logging.getLogger("django.request")
SEARCH_RESULT_WINDOW = 10_000  # OpenSearch's default index.max_result_window


def max_limit():
    return settings.WAGTAILAPI_LIMIT_MAX


def max_offset():
    return SEARCH_RESULT_WINDOW - max_limit()


CLEANED_SEARCH_PREFIXES = ("/api/v2/images/", "/api/v2/documents/", "/api/v3/")
BOUNDED_PREFIXES = ("/api/v2/", "/api/v3/")
# The project's own endpoints (api/urls.py site_urls, v3, search) answer in problem details.
PROBLEM_PREFIXES = (
    "/api/v3/",
    "/api/search/",
    *(
        f"/api/v2/{name}/"
        for name in ("topics", "navigation", "site-settings", "footer", "resources")
    ),
    "/api/v2/learning-paths/",
)
NUL_FREE_PREFIXES = ("/api/v2/", "/api/v3/", "/api/search/")


def error_response(request, parameter, detail):
    if request.path.startswith(PROBLEM_PREFIXES):
        return problem_response(request, 400, errors=[(parameter, detail)])
    return JsonResponse({"message": detail}, status=400)


def out_of_bounds(name, values, maximum):
    """A message when any of `values` is a whole number above `maximum` (other wrong values
    are left to the endpoint, which answers them with its own 400 or 422)."""
    for value in values:
        text = value.strip()
        if text.lstrip("+-").isdigit() and text.isascii() and int(text) > maximum:
            return f"{name} cannot be higher than {maximum}"
    return None


class ApiInputGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path
        if path.startswith(NUL_FREE_PREFIXES):
            for name, values in request.GET.lists():
                if name not in ("search", "q") and any("\x00" in value for value in values):
                    # PostgreSQL refuses NUL in text: a filter on it would be a 500.
                    return error_response(request, name[:50], f"{name[:50]} contains a NUL byte")
        if path.startswith(BOUNDED_PREFIXES):
            for name, maximum in (("offset", max_offset()), ("limit", max_limit())):
                message = out_of_bounds(name, request.GET.getlist(name), maximum)
                if message:
                    return error_response(request, name, message)
        combine_tree_filters(request)
        if path.startswith(CLEANED_SEARCH_PREFIXES) and "search" in request.GET:
            query = request.GET.copy()
            query.setlist("search", [clean_query(value) for value in query.getlist("search")])
            request.GET = query
        return self.get_response(request)


def register_v3_error_handler(api):
    """An unexpected error in API v3 is logged as itself and answered as a problem document
    (500). Wagtail's handler re-raises it, and when it happens while counting search results
    Python chains it to the AttributeError that Ninja's paginator caught just before
    (`queryset.all()` on search results), so the log led with the wrong error."""

    @api.exception_handler(Exception)
    def unexpected_error(request, exc):
        if is_outage(exc):  # the database or the cache is down: a 503 (core/outages.py)
            logger.error("API v3 unavailable on %s", request.path, exc_info=exc)
            return unavailable_problem(request)
        context = exc.__context__
        if isinstance(context, AttributeError) and context.name == "all":
            exc.__suppress_context__ = True
        logger.error("API v3 error on %s", request.path, exc_info=exc)
        return problem_response(request, 500, detail="Internal server error")
