"""API viewsets for images and documents, and guards on the pages endpoint's parameters;
pages are composed in cms/api.py."""

from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError
from wagtail.documents.api.v2.views import DocumentsAPIViewSet as WagtailDocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet as WagtailImagesAPIViewSet

# What a listing may be ordered by (each also with a leading "-"), besides "random".
ORDERING_FIELDS = {
    "id",
    "title",
    "slug",
    "first_published_at",
    "last_published_at",
    "reading_time",
    "last_reviewed",
    "review_by",
    "date",
}
SEARCH_OPERATORS = {"and", "or"}


class ParameterGuard(BaseFilterBackend):
    """Refuses, with a 400 and a message, the values Wagtail would otherwise answer with a 500
    or a meaningless result: ordering by a non-sortable field, an unknown search operator."""

    parameter = "search_operator"

    def filter_queryset(self, request, queryset, view):
        order = request.GET.get("order")
        if order is not None and order != "random" and order.lstrip("-") not in ORDERING_FIELDS:
            choices = ", ".join(sorted(ORDERING_FIELDS))
            raise BadRequestError(f"cannot order by {order[:50]!r}: use one of {choices}")
        operator = request.GET.get("search_operator")
        if operator is not None and operator not in SEARCH_OPERATORS:
            raise BadRequestError("search_operator must be 'and' or 'or'")
        return queryset


class ImagesAPIViewSet(WagtailImagesAPIViewSet):
    pass


class DocumentsAPIViewSet(WagtailDocumentsAPIViewSet):
    pass
