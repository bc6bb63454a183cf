"""Combinations of API v3 list parameters that Wagtail refuses although each parameter is
valid and the combination means something; the project answers them, as its OpenAPI
document (which cannot say "not together") promises:

- `order=random` with `offset`: a random order has no pages to turn; every request is a new
  random selection of `limit` items, whatever the offset.
- `order=random` with `search`: a random selection of the matches (of the first
  `SEARCH_POOL`, so that a broad search on a large site stays cheap).
- `order` on a field the search backend does not index, with `search`: the matches (the
  first `SEARCH_POOL`) sorted by the database. (On an indexed field the backend sorts all.)
- `child_of` with `descendant_of`: the children of `child_of` that are also below
  `descendant_of` — all of them when `child_of` is `descendant_of` or below it, none
  otherwise. Wagtail's filter schema refuses the pair before any view code runs, so the
  pair is rewritten into the one filter (or the empty filter) that means the same.
"""

from functools import wraps

from django.db.models import QuerySet
from pydantic import ValidationError as PydanticValidationError
from wagtail.api.v3.schemas.params import OrderingSchema, SearchSchema
from wagtail.models import Page, Site
from wagtail.search.backends.base import OrderByFieldError

RANDOM = "?"
SEARCH_POOL = 1000
PAGES_LIST = "/api/v3/pages/"
MAX_ID_DIGITS = 18  # a database integer holds 18 digits; a longer id names no page


def is_random(order):
    return order == "random" or order == ["random"]


def install():
    original_order = OrderingSchema.order_queryset
    original_search = SearchSchema.search_queryset

    @wraps(original_order)
    def order_queryset(self, queryset, pagination_info, base_fields=()):
        if is_random(self.order):
            return queryset.order_by(RANDOM)
        return original_order(self, queryset, pagination_info, base_fields)

    @wraps(original_search)
    def search_queryset(self, request, queryset):
        if self.search is None or not is_ordered(queryset):
            return original_search(self, request, queryset)
        if not is_randomly_ordered(queryset):
            try:
                return original_search(self, request, queryset)
            except PydanticValidationError as error:
                if not isinstance(error.__cause__, OrderByFieldError):
                    raise
        matches = original_search(self, request, queryset.order_by())
        pool = [match.pk for match in matches[:SEARCH_POOL]]
        return queryset.filter(pk__in=pool)

    OrderingSchema.order_queryset = order_queryset
    SearchSchema.search_queryset = search_queryset


def is_ordered(queryset):
    return isinstance(queryset, QuerySet) and bool(queryset.query.order_by)


def is_randomly_ordered(queryset):
    return is_ordered(queryset) and tuple(queryset.query.order_by) == (RANDOM,)


def combine_tree_filters(request):
    """Rewrite `child_of` + `descendant_of` on the v3 page list into what Wagtail accepts."""
    if request.path != PAGES_LIST:
        return
    child_of, descendant_of = request.GET.get("child_of"), request.GET.get("descendant_of")
    if not child_of or not descendant_of:
        return
    parent, ancestor = tree_page(request, child_of), tree_page(request, descendant_of)
    query = request.GET.copy()
    if parent is None and ancestor is not None:
        # Wagtail then says that `child_of` names no page.
        query.pop("descendant_of")
    elif ancestor is None:
        query.pop("child_of")
    else:
        query.pop("descendant_of")
        if not parent.path.startswith(ancestor.path):
            # No child of `parent` is below `ancestor`: no page is both a child and an
            # ancestor of `parent`, and Wagtail checks `parent` the same way for both.
            query["ancestor_of"] = str(parent.pk)
    request.GET = query


def tree_page(request, value):
    """The page a tree filter names (an id or `root`), or None when there is none."""
    if value == "root":
        site = Site.find_for_request(request)
        return site.root_page if site else None
    if not value.isascii() or not value.isdigit() or len(value) > MAX_ID_DIGITS:
        return None
    return Page.objects.filter(pk=int(value)).only("path").first()
