"""API viewsets for images and documents, and guards on the pages endpoint's parameters;
pages are composed in cms/api.py."""

from django.core.exceptions import ValidationError
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
}
SEARCH_OPERATORS = {"and", "or"}
LARGEST_INTEGER = 2**63 - 1  # what every supported database stores


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


class FieldValueGuard(BaseFilterBackend):
    """Refuses, with a 400, a field filter (`?first_published_at=`, `?alias_of=`) whose value
    the field cannot hold: Wagtail's FieldsFilter passes it to the database, which answers a
    date that is no date or a number beyond 64 bits with an error (a 500)."""

    def filter_queryset(self, request, queryset, view):
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True))
        for name, value in request.GET.items():
            if name not in fields or name == "locale":
                continue
            try:
                field = queryset.model._meta.get_field(name)
            except LookupError:
                continue
            target = getattr(field, "target_field", None) or field
            if not hasattr(target, "to_python"):
                continue
            try:
                python_value = target.to_python(value)
            except (ValidationError, ValueError, TypeError, OverflowError):
                raise BadRequestError(f"{value[:50]!r} is not a valid value for {name}") from None
            if isinstance(python_value, int) and abs(python_value) > LARGEST_INTEGER:
                raise BadRequestError(f"{name} is out of range")
        return queryset


class GuardedFindMixin:
    """`/find/?id=` with a value that is no whole number (or beyond 64 bits): a 400, where
    Wagtail passes it to the database lookup and answers a 500."""

    def find_object(self, queryset, request):
        value = request.GET.get("id")
        if value is not None and not (
            value.isascii() and value.isdigit() and int(value) <= LARGEST_INTEGER
        ):
            raise BadRequestError("id must be a positive whole number")
        return super().find_object(queryset, request)


def guarded(filter_backends):
    return [FieldValueGuard, *filter_backends]


class ImagesAPIViewSet(GuardedFindMixin, WagtailImagesAPIViewSet):
    filter_backends = guarded(WagtailImagesAPIViewSet.filter_backends)


class DocumentsAPIViewSet(GuardedFindMixin, WagtailDocumentsAPIViewSet):
    filter_backends = guarded(WagtailDocumentsAPIViewSet.filter_backends)
