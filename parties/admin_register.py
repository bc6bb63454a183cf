"""Admin views of the register next to Wagtail's own: CSV import and export, and mergers."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .forms import MergeForm, RegisterImportForm
from .merge import merge_into_new_party, merge_parties
from .models import LocalParty
from .register_csv import export_register, import_register

INDEX_URL = "parties_localparty:index"


class RegisterPermissionMixin:
    permission = "parties.change_localparty"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(INDEX_URL), "label": _("Lokale partijen")},
            {"url": "", "label": self.get_page_title()},
        ]


class RegisterImportView(RegisterPermissionMixin, WagtailAdminTemplateMixin, FormView):
    permission = "parties.add_localparty"
    form_class = RegisterImportForm
    template_name = "parties/admin/import.html"
    page_title = gettext_lazy("Register importeren")
    header_icon = "upload"

    def form_valid(self, form):
        result = import_register(form.cleaned_data["file"].read())
        if not result.ok:
            return self.render_to_response(
                self.get_context_data(form=form, errors=result.errors), status=400
            )
        messages.success(
            self.request,
            _("Import geslaagd: %(created)s partijen toegevoegd, %(updated)s bijgewerkt.")
            % {"created": result.created, "updated": result.updated},
        )
        return redirect(INDEX_URL)


class RegisterExportView(RegisterPermissionMixin, View):
    permission = "parties.view_localparty"

    def get(self, request):
        date = timezone.localdate().isoformat()
        response = HttpResponse(export_register(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="partijregister-{date}.csv"'
        return response


class MergeView(RegisterPermissionMixin, WagtailAdminTemplateMixin, FormView):
    form_class = MergeForm
    template_name = "parties/admin/merge.html"
    page_title = gettext_lazy("Partijen fuseren")
    header_icon = "group"

    def get_initial(self):
        party = LocalParty.objects.filter(pk=self.request.GET.get("party") or None).first()
        return {"first": party} if party else {}

    def form_valid(self, form):
        first, second = form.cleaned_data["first"], form.cleaned_data["second"]
        outcome = form.cleaned_data["outcome"]
        if outcome == MergeForm.NEW:
            target = merge_into_new_party(
                [first, second],
                name=form.cleaned_data["new_name"],
                short_name=form.cleaned_data["new_short_name"],
            )
        else:
            target, source = (first, second) if outcome == MergeForm.INTO_FIRST else (second, first)
            merge_parties([source], target)
        messages.success(
            self.request,
            _("%(first)s en %(second)s zijn gefuseerd tot %(target)s; hun mensen zijn meegegaan.")
            % {"first": first, "second": second, "target": target},
        )
        return redirect("parties_localparty:edit", target.pk)
