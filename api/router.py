"""The Wagtail API v2 router (/api/v2/): pages, images, documents and preview, in Wagtail's
v2 shapes (errors as `{"message": …}`)."""

from rest_framework.response import Response
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet as WagtailPagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet as WagtailDocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet as WagtailImagesAPIViewSet

from .filters import (
    FieldValueGuard,
    GuardedFindMixin,
    KnownLocaleFilter,
    ParameterGuard,
    RoleFilter,
    TopicFilter,
    guarded,
)
from .page_serializer import PrefetchedPageSerializer
from .pages_search import RankedSearchFilter
from .prefetch import with_related
from .preview import preview_viewset
from .renderers import JsonOutsideDebug
from .representations import page_representations
from .training_filters import TrainingSessionsFilter
from .visible import public_pages_queryset

EXTRA_PAGE_FILTERS = [
    ParameterGuard,
    KnownLocaleFilter,
    TopicFilter,
    RoleFilter,
    TrainingSessionsFilter,
]


def own_parameters():
    """The query parameters the extra filters answer (one each, or several)."""
    return {
        name
        for backend in EXTRA_PAGE_FILTERS
        for name in getattr(backend, "parameters", (getattr(backend, "parameter", None),))
    }


def page_filter_backends():
    """Wagtail's filters with the site's own search in place of the backend search."""
    wagtail_filters = [
        RankedSearchFilter if backend is SearchFilter else backend
        for backend in WagtailPagesAPIViewSet.filter_backends
    ]
    return [*EXTRA_PAGE_FILTERS, FieldValueGuard, *wagtail_filters]


class PagesAPIViewSet(JsonOutsideDebug, GuardedFindMixin, WagtailPagesAPIViewSet):
    base_serializer_class = PrefetchedPageSerializer
    filter_backends = page_filter_backends()
    known_query_parameters = WagtailPagesAPIViewSet.known_query_parameters.union(own_parameters())

    # A page of results costs the same number of queries however many pages and blocks it
    # holds: relations are joined or prefetched in bulk, media fetched once for all pages.
    def get_queryset(self):
        return with_related(super().get_queryset())

    def get_base_queryset(self):
        # Wagtail's builds it from every view restriction, the site and its root's translations
        # (three queries) each time it is asked, and a detail asks more than once.
        if not hasattr(self, "_base_queryset"):
            try:
                self._base_queryset = public_pages_queryset(self.request)
            except ValueError as error:
                raise BadRequestError(str(error)) from error
        return self._base_queryset.all()

    def listing_view(self, request):
        queryset = self.get_queryset()
        self.check_query_parameters(queryset)
        queryset = self.filter_queryset(queryset)
        pages = list(self.paginate_queryset(queryset))
        return self.get_paginated_response(page_representations(self, pages))

    def get_object(self):
        # Asked twice by a detail (the serializer class is chosen by the page's type).
        if not hasattr(self, "_object"):
            self._object = self._get_object()
        return self._object

    def _get_object(self):
        # Wagtail fetches the page, then its specific page without the joins of get_queryset.
        page = super(WagtailPagesAPIViewSet, self).get_object()
        model = page.specific_class
        if model is None or model is type(page):
            return page.specific
        return with_related(model.objects.filter(pk=page.pk)).get()

    def detail_view(self, request, pk):
        [data] = page_representations(self, [self.get_object()])
        return Response(data)

    @classmethod
    def get_available_fields(cls, model, db_fields_only=False):
        fields = super().get_available_fields(model, db_fields_only)
        if db_fields_only:
            # These names have filters of their own; Wagtail's FieldsFilter must not see them.
            own = own_parameters()
            fields = [field for field in fields if field not in own]
        return fields


class ImagesAPIViewSet(JsonOutsideDebug, GuardedFindMixin, WagtailImagesAPIViewSet):
    filter_backends = guarded(WagtailImagesAPIViewSet.filter_backends)


class DocumentsAPIViewSet(JsonOutsideDebug, GuardedFindMixin, WagtailDocumentsAPIViewSet):
    filter_backends = guarded(WagtailDocumentsAPIViewSet.filter_backends)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
api_router.register_endpoint("preview", preview_viewset(PagesAPIViewSet))
