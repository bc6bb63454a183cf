"""Page view restrictions read once per read request (core/request_memo.py).

Wagtail's `PageQuerySet.public()` (and `not_public()`, `private()`) reads every page view
restriction from the database each time it builds its filter, and one page of the site or of
the API calls it several times (the page, its translations, related pages, the parent): four
identical queries for one v2 page detail. Serving a page reads its own and its ancestors'
restrictions as well (`Page.get_view_restrictions`, two more queries). Within a read request
the restrictions are read once, in one query, and both answered from them."""

from django.db.models import Q
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.query import PageQuerySet

from . import request_memo
from .routing import routed_ancestors

_wagtail_private_q = PageQuerySet.private_q
_wagtail_get_view_restrictions = Page.get_view_restrictions
_wagtail_get_for_language = type(Locale.objects).get_for_language


class Restrictions(list):
    """The restrictions of one page, answering what callers ask of Wagtail's queryset."""

    def exists(self):
        return bool(self)


def all_restrictions():
    return request_memo.memoized(
        "page view restrictions", lambda: list(PageViewRestriction.objects.select_related("page"))
    )


def private_q(queryset):
    if request_memo.current() is None:
        return _wagtail_private_q(queryset)
    return request_memo.memoized("private_q", lambda: _private_q(queryset))


def _private_q(queryset):
    combined = Q()
    for restriction in all_restrictions():
        combined |= queryset.descendant_of_q(restriction.page, inclusive=True)
    # As Wagtail's: match no page if no private section exists.
    return combined if combined else Q(pk__in=[])


def get_view_restrictions(page):
    """The restrictions of `page` and its ancestors (as Wagtail's); in a read request, from
    its one read of every restriction when routing found the path and it holds no alias."""
    chain = routed_ancestors(page) if request_memo.current() is not None else None
    if chain is None or any(known.alias_of_id for known in chain):
        return _wagtail_get_view_restrictions(page)
    return Restrictions(
        restriction
        for restriction in all_restrictions()
        if page.path.startswith(restriction.page.path)
    )


def get_for_language(manager, language_code):
    """Wagtail's locale of a language (`Locale.get_active()` and each page's `localized`
    ask it), once per read request."""
    if request_memo.current() is None:
        return _wagtail_get_for_language(manager, language_code)
    key = ("locale", language_code)
    return request_memo.memoized(key, lambda: _wagtail_get_for_language(manager, language_code))


def install():
    PageQuerySet.private_q = private_q
    Page.get_view_restrictions = get_view_restrictions
    type(Locale.objects).get_for_language = get_for_language
