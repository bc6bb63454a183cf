"""Admin views of the register next to Wagtail's own: CSV import and export, and mergers."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.admin_csv import CsvExportView, CsvImportView, ListingPermissionMixin

from .forms import MergeForm, RegisterImportForm
from .merge import merge_into_new_party, merge_parties
from .models import LocalParty
from .register_csv import export_register, import_register

INDEX_URL = "parties_localparty:index"


class RegisterPermissionMixin(ListingPermissionMixin):
    permission = "parties.change_localparty"
    index_url = INDEX_URL
    index_label = gettext_lazy("Lokale partijen")


class RegisterImportView(RegisterPermissionMixin, CsvImportView):
    permission = "parties.add_localparty"
    form_class = RegisterImportForm
    template_name = "parties/admin/import.html"
    page_title = gettext_lazy("Register importeren")
    success_message = gettext_lazy(
        "Import geslaagd: %(created)s partijen toegevoegd, %(updated)s bijgewerkt."
    )

    def import_file(self, data):
        return import_register(data)


class RegisterExportView(RegisterPermissionMixin, CsvExportView):
    permission = "parties.view_localparty"
    filename_prefix = "partijregister"

    def export_file(self):
        return export_register()


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
