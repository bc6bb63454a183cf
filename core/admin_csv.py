"""Admin views for a CSV import and export beside a Wagtail listing (the party register, the
newsletter's subscribers): a permission per view, breadcrumbs back to the listing, the
import's bad rows shown with a 400, the export as a dated download."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.views.generic import FormView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


class ListingPermissionMixin:
    """`permission` is required; `index_url` and `index_label` name the listing."""

    permission = None
    index_url = None
    index_label = None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url), "label": self.index_label},
            {"url": "", "label": self.get_page_title()},
        ]


class CsvImportView(ListingPermissionMixin, WagtailAdminTemplateMixin, FormView):
    """Subclasses give `import_file(data) -> ImportResult` and a `success_message` with
    %(created)s and %(updated)s."""

    header_icon = "upload"
    success_message = None

    def import_file(self, data):
        raise NotImplementedError

    def form_valid(self, form):
        result = self.import_file(form.cleaned_data["file"].read())
        if not result.ok:
            return self.render_to_response(
                self.get_context_data(form=form, errors=result.errors), status=400
            )
        messages.success(
            self.request,
            self.success_message % {"created": result.created, "updated": result.updated},
        )
        return redirect(self.index_url)


class CsvExportView(ListingPermissionMixin, View):
    """Subclasses give `export_file() -> str` and `filename_prefix`."""

    filename_prefix = None

    def export_file(self):
        raise NotImplementedError

    def get(self, request):
        date = timezone.localdate().isoformat()
        response = HttpResponse(self.export_file(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="{self.filename_prefix}-{date}.csv"'
        )
        return response
