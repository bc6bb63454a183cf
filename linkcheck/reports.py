"""Admin report: the external links that are broken, moved or did not answer."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from .models import CheckedLink


class SourcesColumn(Column):
    cell_template_name = "linkcheck/sources_cell.html"


class BrokenLinksView(ReportView):
    page_title = _("Links om te controleren")
    header_icon = "link"
    index_url_name = "linkcheck_report"
    index_results_url_name = "linkcheck_report_results"
    any_permission_required = ["add", "change", "publish"]
    list_export = ["url", "result", "status_code", "final_url", "error", "checked_at"]
    export_headings = {
        "url": _("Link"),
        "result": _("Resultaat"),
        "status_code": _("Antwoordcode"),
        "final_url": _("Nieuwe plaats"),
        "error": _("Foutmelding"),
        "checked_at": _("Gecontroleerd op"),
    }
    columns = [
        Column("url", label=_("Link")),
        Column("get_result_display", label=_("Resultaat")),
        Column("status_code", label=_("Antwoordcode")),
        Column("final_url", label=_("Nieuwe plaats")),
        SourcesColumn("sources", label=_("Gebruikt op")),
        DateColumn("checked_at", label=_("Gecontroleerd op")),
    ]

    def get_filename(self):
        return "links-om-te-controleren"

    def get_queryset(self):
        return CheckedLink.objects.exclude(result=CheckedLink.Result.OK).order_by("result", "url")
