"""API viewsets for images and documents; pages are composed in cms/api.py."""

from wagtail.documents.api.v2.views import DocumentsAPIViewSet as WagtailDocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet as WagtailImagesAPIViewSet


class ImagesAPIViewSet(WagtailImagesAPIViewSet):
    pass


class DocumentsAPIViewSet(WagtailDocumentsAPIViewSet):
    pass
