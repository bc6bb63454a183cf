"""Filters on the v2 pages endpoint for the trainings agenda: `?upcoming=`, `?province=`,
`?online=` (and trainings under `?topic=`, see TopicFilter). Given any of them, only training
pages with a session that meets all of them are listed; a bad value is a 400."""

from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError

from parties.models import Province
from trainings.models.agenda import trainings_with_sessions

BOOLEANS = {"true": True, "1": True, "false": False, "0": False}


def boolean(request, name):
    value = request.GET.get(name)
    if value is None:
        return None
    if value.lower() not in BOOLEANS:
        raise BadRequestError(f"{name} must be 'true' or 'false'")
    return BOOLEANS[value.lower()]


def province(request):
    value = request.GET.get("province")
    if value is None:
        return None
    found = Province.objects.filter(code__iexact=value).first()
    found = found or Province.objects.filter(name__iexact=value).first()
    if found is None:
        raise BadRequestError(f"unknown province {value[:50]!r}: use its CBS code, e.g. PV27")
    return found


class TrainingSessionsFilter(BaseFilterBackend):
    parameters = ("upcoming", "province", "online")

    def filter_queryset(self, request, queryset, view):
        conditions = {
            "upcoming": boolean(request, "upcoming"),
            "online": boolean(request, "online"),
            "province": province(request),
        }
        conditions = {name: value for name, value in conditions.items() if value is not None}
        if not conditions:
            return queryset
        return queryset.filter(pk__in=trainings_with_sessions(**conditions))
