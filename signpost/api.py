"""`/api/v2/resources/?locale=&kind=&dossier=&role=`: the signpost's resources in one language,
optionally only those of one kind, or chosen into one dossier or role page (by slug)."""

import re

from home.site_api import BadRequest, LocaleAPIView

from .models import DossierPage, Resource, RolePage

SLUG = re.compile(r"[-\w]{1,255}")


class ResourcesView(LocaleAPIView):
    known_parameters = {"locale", "format", "kind", "dossier", "role"}

    def get_data(self, request, locale):
        kind = request.GET.get("kind")
        if kind is not None and kind not in Resource.Kind.values:
            choices = ", ".join(Resource.Kind.values)
            raise BadRequest(f"unknown kind {kind[:30]!r}: use one of {choices}")
        resources = None
        for parameter, model in (("dossier", DossierPage), ("role", RolePage)):
            slug = request.GET.get(parameter)
            if slug is None:
                continue
            if not SLUG.fullmatch(slug):
                raise BadRequest(f"{parameter} must be the slug of a page")
            page = model.objects.live().public().filter(slug=slug, locale=locale).first()
            if page is None:
                raise BadRequest(f"unknown {parameter}: {slug[:100]!r}")
            resources = page.resources
        if resources is None:
            resources = [(resource, "") for resource in Resource.objects.filter(locale=locale)]
        items = [
            resource.api_representation(note)
            for resource, note in resources
            if kind is None or resource.kind == kind
        ]
        return {"meta": {"total_count": len(items)}, "items": items}
