"""The admin side of headless preview: a preview mode that opens the decoupled app."""

from django.utils.translation import gettext_lazy as _
from wagtail_headless_preview.models import HeadlessPreviewMixin

APP_PREVIEW_MODE = "app"


class AppPreviewMixin(HeadlessPreviewMixin):
    """Adds the preview mode "In de app" next to the HTML preview, which stays the default."""

    @property
    def preview_modes(self):
        return [("", _("Website")), (APP_PREVIEW_MODE, _("In de app"))]

    def serve_preview(self, request, mode_name):
        if mode_name == APP_PREVIEW_MODE:
            return HeadlessPreviewMixin.serve_preview(self, request, mode_name)
        return super(HeadlessPreviewMixin, self).serve_preview(request, mode_name)
