"""`/api/v2/resources/?locale=&kind=&dossier=&role=`: the signpost's resources in one language,
optionally only those of one kind, or chosen into one dossier or role page (by slug)."""

import re

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from signpost.models import DossierPage, Resource, RolePage

from .problems import ParameterProblem, unknown_value
from .site import LocaleAPIView

SLUG = re.compile(r"[-\w]{1,255}")


class ResourcesView(LocaleAPIView):
    known_parameters = {"locale", "format", "kind", "dossier", "role"}

    def get_data(self, request, locale):
        kind = request.GET.get("kind")
        if kind is not None and kind not in Resource.Kind.values:
            choices = ", ".join(Resource.Kind.values)
            message = format_lazy(_("Kies uit {choices}."), choices=choices)
            raise ParameterProblem([("kind", message)])
        resources = None
        for parameter, model in (("dossier", DossierPage), ("role", RolePage)):
            slug = request.GET.get(parameter)
            if slug is None:
                continue
            page = None
            if SLUG.fullmatch(slug):
                page = model.objects.live().public().filter(slug=slug, locale=locale).first()
            if page is None:
                raise ParameterProblem([(parameter, unknown_value(parameter, slug))])
            resources = page.resources
        if resources is None:
            resources = [(resource, "") for resource in Resource.objects.filter(locale=locale)]
        items = [
            resource.api_representation(note)
            for resource, note in resources
            if kind is None or resource.kind == kind
        ]
        return {"meta": {"total_count": len(items)}, "items": items}
