"""`?search=` on the Wagtail API v2 pages endpoint, answered by the site's own query service
(Dutch/English analysis, compounds, synonyms, typo correction, OR-ranking) on every backend,
instead of Wagtail's plain backend search."""

from django.db.models import Case, IntegerField, Value, When
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Locale

from search.service import SearchInputError, ranked_page_ids


class RankedSearchFilter(BaseFilterBackend):
    parameter = "search"

    def filter_queryset(self, request, queryset, view):
        if self.parameter not in request.GET:
            return queryset
        if getattr(queryset, "_filtered_by_tag", False):
            raise BadRequestError("filtering by tag with a search query is not supported")
        text = request.GET[self.parameter]
        codes = [request.GET["locale"]] if request.GET.get("locale") else all_language_codes()
        ids = []
        for code in codes:
            try:
                ids.extend(ranked_page_ids(text, code))
            except SearchInputError as error:
                raise BadRequestError(str(error)) from error
        queryset = queryset.filter(pk__in=ids)
        if "order" in request.GET:
            return queryset
        rank = Case(
            *(When(pk=pk, then=Value(position)) for position, pk in enumerate(ids)),
            output_field=IntegerField(),
        )
        return queryset.order_by(rank) if ids else queryset


def all_language_codes():
    return list(Locale.objects.order_by("pk").values_list("language_code", flat=True))
