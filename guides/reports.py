"""An admin report of guides whose facts are due for a check (legal facts go stale)."""

import datetime

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from .models import GuidePage

WARNING_PERIOD = datetime.timedelta(days=30)


class GuidesDueForReviewView(ReportView):
    page_title = _("Gidsen om te controleren")
    header_icon = "date"
    index_url_name = "guides_due_for_review"
    index_results_url_name = "guides_due_for_review_results"
    any_permission_required = ["add", "change", "publish"]
    list_export = ["title", "topic", "review_by", "last_reviewed", "content_owner"]
    export_headings = {
        "title": _("Titel"),
        "topic": _("Onderwerp"),
        "review_by": _("Controleren vóór"),
        "last_reviewed": _("Laatst gecontroleerd"),
        "content_owner": _("Inhoudelijk eigenaar"),
    }
    columns = [
        TitleColumn(
            "title",
            label=_("Titel"),
            get_url=lambda guide: f"/admin/pages/{guide.id}/edit/",
        ),
        Column("topic", label=_("Onderwerp")),
        DateColumn("review_by", label=_("Controleren vóór")),
        DateColumn("last_reviewed", label=_("Laatst gecontroleerd")),
        Column("content_owner", label=_("Inhoudelijk eigenaar")),
    ]

    def get_filename(self):
        return f"gidsen-om-te-controleren-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        horizon = datetime.date.today() + WARNING_PERIOD
        return (
            GuidePage.objects.filter(review_by__lte=horizon)
            .select_related("topic", "content_owner", "locale")
            .order_by("review_by")
        )
