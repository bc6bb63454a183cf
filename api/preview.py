"""Headless preview: editors choose "In de app" in the admin's preview and the decoupled app
opens with a token; `/api/v2/preview/?content_type=…&token=…` returns the unsaved page as
JSON, shaped like the pages endpoint's detail. Tokens expire after
`HEADLESS_PREVIEW_MAX_AGE` seconds."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.signing import BadSignature, SignatureExpired
from django.http import Http404
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError
from wagtail_headless_preview.models import HeadlessPreviewMixin, PagePreview


def page_for_token(content_type, token):
    """The previewed page for a token; BadRequestError or Http404 for a wrong one."""
    try:
        app_label, model = content_type.split(".")
        content_type = ContentType.objects.get_by_natural_key(app_label, model)
    except (ValueError, ContentType.DoesNotExist) as error:
        raise BadRequestError("unknown content_type") from error
    model_class = content_type.model_class()
    if model_class is None or not issubclass(model_class, HeadlessPreviewMixin):
        raise BadRequestError("unknown content_type")
    try:
        model_class.get_preview_signer().unsign(token, max_age=settings.HEADLESS_PREVIEW_MAX_AGE)
    except SignatureExpired as error:
        raise BadRequestError("preview token has expired") from error
    except BadSignature as error:
        raise BadRequestError("invalid preview token") from error
    preview = PagePreview.objects.filter(content_type=content_type, token=token).first()
    if preview is None:
        raise Http404("no preview for this token")
    page = preview.as_page()
    if not page.pk:
        page.pk = 0
    return page


def preview_viewset(pages_viewset):
    """The preview endpoint, built on the project's pages endpoint so its JSON matches."""

    class PagePreviewAPIViewSet(pages_viewset):
        known_query_parameters = frozenset({"content_type", "token", "format"})
        filter_backends = []
        throttle_classes = []

        def listing_view(self, request):
            self.action = "detail_view"
            self.check_query_parameters(None)
            for name in ("content_type", "token"):
                if not request.GET.get(name):
                    raise BadRequestError(f"{name} is required")
            return Response(self.get_serializer(self.get_object()).data)

        def detail_view(self, request, pk):
            raise Http404

        def check_query_parameters(self, queryset):
            unknown = set(self.request.GET) - self.known_query_parameters
            if unknown:
                names = ", ".join(sorted(unknown))[:200]
                raise BadRequestError(f"unknown query parameter(s): {names}")

        def get_object(self):
            if not hasattr(self, "_preview_page"):
                self._preview_page = page_for_token(
                    self.request.GET["content_type"], self.request.GET["token"]
                )
            return self._preview_page

        def finalize_response(self, request, response, *args, **kwargs):
            response = super().finalize_response(request, response, *args, **kwargs)
            response["Cache-Control"] = "private, no-store"
            return response

    return PagePreviewAPIViewSet
