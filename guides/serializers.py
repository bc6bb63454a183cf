"""How topics, images and related guides look in the API (used by the models' api_fields)."""

from rest_framework import serializers

from .renditions import image_api_representation


def topic_representation(topic):
    if topic is None:
        return None
    return {"id": topic.id, "slug": topic.slug, "name": topic.title}


def guide_link_representation(guide):
    return {
        "id": guide.id,
        "title": guide.title,
        "slug": guide.slug,
        "url": guide.get_full_url(),
        "topic": topic_representation(guide.topic),
    }


class TopicField(serializers.Field):
    def to_representation(self, value):
        return topic_representation(value)


class ImageField(serializers.Field):
    """An image with renditions; alt text from the image's own default or title."""

    def to_representation(self, value):
        return image_api_representation(value)


class RelatedGuidesField(serializers.Field):
    def to_representation(self, value):
        return [guide_link_representation(guide) for guide in value]


class PersonNameField(serializers.Field):
    """Only a display name: the API never exposes an editor's e-mail address."""

    def to_representation(self, value):
        if value is None:
            return None
        return value.get_full_name() or value.get_username()


class TagsField(serializers.Field):
    def to_representation(self, value):
        return sorted(tag.name for tag in value.all())
