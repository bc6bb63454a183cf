"""The Wagtail API v2 router: one place that lists the endpoints of every app."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet as WagtailPagesAPIViewSet

from guides.api import TopicFilter
from home.api import DocumentsAPIViewSet, ImagesAPIViewSet

EXTRA_PAGE_FILTERS = [TopicFilter]


class PagesAPIViewSet(WagtailPagesAPIViewSet):
    filter_backends = [*EXTRA_PAGE_FILTERS, *WagtailPagesAPIViewSet.filter_backends]
    known_query_parameters = WagtailPagesAPIViewSet.known_query_parameters.union(
        backend.parameter for backend in EXTRA_PAGE_FILTERS
    )

    @classmethod
    def get_available_fields(cls, model, db_fields_only=False):
        fields = super().get_available_fields(model, db_fields_only)
        if db_fields_only:
            # These names have filters of their own; Wagtail's FieldsFilter must not see them.
            own = {backend.parameter for backend in EXTRA_PAGE_FILTERS}
            fields = [field for field in fields if field not in own]
        return fields


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
