"""How topics, images and related guides look in the API (used by the models' api_fields).

The return annotations are what API v3 puts in its OpenAPI schema for these fields, so a
decoupled front end gets the same typed shapes from v2 and v3.
"""

from rest_framework import serializers
from typing_extensions import TypedDict


class TopicRepresentation(TypedDict):
    id: int
    slug: str
    name: str


class GuideLinkRepresentation(TypedDict):
    id: int
    title: str
    slug: str
    url: str | None
    topic: TopicRepresentation | None


def topic_representation(topic) -> TopicRepresentation | None:
    if topic is None:
        return None
    return {"id": topic.id, "slug": topic.slug, "name": topic.title}


def guide_link_representation(guide) -> GuideLinkRepresentation:
    return {
        "id": guide.id,
        "title": guide.title,
        "slug": guide.slug,
        "url": guide.get_full_url(),
        "topic": topic_representation(guide.topic),
    }


class TopicField(serializers.Field):
    def to_representation(self, value) -> TopicRepresentation | None:
        return topic_representation(value)


class RelatedGuidesField(serializers.Field):
    def to_representation(self, value) -> list[GuideLinkRepresentation]:
        return [guide_link_representation(guide) for guide in value]


class PersonNameField(serializers.Field):
    """Only a display name: the API never exposes an editor's e-mail address or login name
    (without a full name there is no name to show)."""

    def to_representation(self, value) -> str | None:
        if value is None:
            return None
        return value.get_full_name().strip() or None


class TagsField(serializers.Field):
    def to_representation(self, value) -> list[str]:
        instance = getattr(value, "instance", None)
        if instance is not None and hasattr(instance, "tagged_items"):
            # Through the tagged items, so a prefetch of `tagged_items__tag` is used.
            return sorted(item.tag.name for item in instance.tagged_items.all())
        return sorted(tag.name for tag in value.all())
