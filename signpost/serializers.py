"""How the signpost's resources and page links look in the API (typed for API v3's schema)."""

from rest_framework import serializers
from typing_extensions import TypedDict


class ResourceRepresentation(TypedDict):
    id: int
    title: str
    organisation: str
    url: str
    description: str
    kind: str
    kind_label: str
    language: str
    date_checked: str | None
    note: str


class PageLinkRepresentation(TypedDict):
    id: int
    title: str
    slug: str
    url: str | None


class ResourcesField(serializers.Field):
    def to_representation(self, resources) -> list[ResourceRepresentation]:
        return [resource.api_representation(note) for resource, note in resources]


class PageLinksField(serializers.Field):
    def to_representation(self, pages) -> list[PageLinkRepresentation]:
        return [
            {"id": page.id, "title": page.title, "slug": page.slug, "url": page.get_full_url()}
            for page in pages
        ]
