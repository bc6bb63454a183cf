"""API filters for guides: `?topic=<slug>` on the pages endpoint."""

from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError

from .models import GuidePage, TopicPage


class TopicFilter(BaseFilterBackend):
    """`?topic=<slug>`: only guides under that topic. An unknown slug is a 400, so a typo in a
    front end shows up at once instead of as an empty list."""

    parameter = "topic"

    def filter_queryset(self, request, queryset, view):
        slug = request.GET.get(self.parameter)
        if slug is None:
            return queryset
        topics = TopicPage.objects.filter(slug=slug)
        if not topics.exists():
            raise BadRequestError(f"unknown topic: {slug[:100]!r}")
        guide_ids = GuidePage.objects.filter(topic__in=topics).values("pk")
        return queryset.filter(pk__in=guide_ids)
