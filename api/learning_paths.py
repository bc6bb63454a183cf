"""`/api/v2/learning-paths/?locale=&guide=<id>`: the learning paths of one language with their
steps; with `guide`, only the paths holding that guide, with its place, previous and next."""

from django.utils.translation import gettext_lazy as _

from guides.models import GuidePage
from guides.serializers import guide_link_representation
from learningpaths.models import LearningPathPage, positions_of

from .problems import ParameterProblem
from .site import LocaleAPIView


def link(guide):
    return guide_link_representation(guide) if guide is not None else None


class LearningPathsView(LocaleAPIView):
    known_parameters = {"locale", "format", "guide"}

    def get_data(self, request, locale):
        guide_id = request.GET.get("guide")
        if guide_id is None:
            paths = LearningPathPage.objects.live().public().filter(locale=locale).order_by("path")
            items = [self.describe(path, request) for path in paths]
            return {"meta": {"total_count": len(items)}, "items": items}
        guide = None
        if guide_id.isdigit() and len(guide_id) <= 12:
            guide = GuidePage.objects.live().public().filter(pk=int(guide_id)).first()
        if guide is None:
            raise ParameterProblem([("guide", _("Geen gepubliceerde gids met dit nummer."))])
        items = [
            {
                **self.describe(position.path, request),
                "position": {
                    "number": position.number,
                    "count": position.count,
                    "previous": link(position.previous),
                    "next": link(position.next),
                },
            }
            for position in positions_of(guide)
            if position.path.locale_id == locale.id
        ]
        return {"meta": {"total_count": len(items)}, "items": items}

    @staticmethod
    def describe(path, request):
        return {
            "id": path.id,
            "title": path.title,
            "slug": path.slug,
            "url": path.get_full_url(request),
            "intro": path.intro,
            "steps": [
                {"number": number, "guide": guide_link_representation(guide)}
                for number, guide in enumerate(path.guides, start=1)
            ],
        }
