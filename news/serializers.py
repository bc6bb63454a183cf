"""How a news item's topics look in the API (the same shape as a guide's topic)."""

from rest_framework import serializers

from guides.serializers import TopicRepresentation, topic_representation


class LocalizedTopicsField(serializers.Field):
    def to_representation(self, topics) -> list[TopicRepresentation]:
        return [topic_representation(topic) for topic in topics]
