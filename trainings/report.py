"""The yearly report for staff: per year and per province (of the party), how many parties and
people took part in a training. It counts registrations, which the retention purge keeps
(blanking only who the person was), so the figures stay after personal data is gone."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .models import Registration, RegistrationStatus

PERMISSION = "trainings.view_registration"


def took_part():
    """Confirmed for a session that has ended, unless staff marked them absent."""
    return (
        Registration.objects.filter(
            status=RegistrationStatus.CONFIRMED, session__end__lte=timezone.now()
        )
        .exclude(attended=False)
        .annotate(year=ExtractYear("session__start"))
    )


def figures(rows):
    return rows.annotate(parties=Count("party", distinct=True), people=Count("pk"))


def yearly_report():
    """[{year, parties, people, provinces: [{province, parties, people}]}], latest year first."""
    totals = figures(took_part().values("year")).order_by("-year")
    by_province = figures(took_part().values("year", "party__province__name")).order_by(
        "party__province__name"
    )
    provinces = {}
    for row in by_province:
        provinces.setdefault(row["year"], []).append(
            {
                "province": row["party__province__name"],
                "parties": row["parties"],
                "people": row["people"],
            }
        )
    return [{**total, "provinces": provinces.get(total["year"], [])} for total in totals]


class YearlyReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "trainings/admin/report.html"
    page_title = gettext_lazy("Trainingen: jaaroverzicht")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(years=yearly_report(), **kwargs)
