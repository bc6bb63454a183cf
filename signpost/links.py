"""The signpost's resources as a source for the link check."""

from linkcheck.sources import Link

from .models import Resource


def resource_links():
    for resource in Resource.objects.all():
        yield Link(
            resource.url, str(resource), f"/admin/snippets/signpost/resource/edit/{resource.pk}/"
        )
