"""How a learning path's steps look in the API."""

from rest_framework import serializers
from typing_extensions import TypedDict

from guides.serializers import GuideLinkRepresentation, guide_link_representation


class StepRepresentation(TypedDict):
    number: int
    guide: GuideLinkRepresentation


class StepsField(serializers.Field):
    def to_representation(self, guides) -> list[StepRepresentation]:
        return [
            {"number": number, "guide": guide_link_representation(guide)}
            for number, guide in enumerate(guides, start=1)
        ]
