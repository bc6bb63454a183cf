"""Page view restrictions read once per read request.

Wagtail's `PageQuerySet.public()` (and `not_public()`, `private()`) reads every page view
restriction from the database each time it builds its filter, and one page of the site or of
the API calls it several times (the page, its translations, related pages, the parent): four
identical queries for one v2 page detail. Within a GET or HEAD request the restrictions are
read once and the filter reused; they change only when an editor saves one, which is never a
read request, so a request cannot see its own change go stale."""

import contextvars

from wagtail.query import PageQuerySet

READ_METHODS = {"GET", "HEAD"}
_memo = contextvars.ContextVar("page_view_restrictions", default=None)
_wagtail_private_q = PageQuerySet.private_q


def private_q(queryset):
    memo = _memo.get()
    if memo is None:
        return _wagtail_private_q(queryset)
    if "private_q" not in memo:
        memo["private_q"] = _wagtail_private_q(queryset)
    return memo["private_q"]


def install():
    PageQuerySet.private_q = private_q


class ViewRestrictionsOncePerRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in READ_METHODS:
            return self.get_response(request)
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)
