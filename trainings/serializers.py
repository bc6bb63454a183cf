"""How a training's sessions look in the API (typed for API v3's schema): dates, place,
seats and status; never who signed up, never the online join link."""

from rest_framework import serializers
from typing_extensions import TypedDict


class SessionRepresentation(TypedDict):
    id: int
    uid: str
    start: str
    end: str
    online: bool
    venue: str
    address: str
    city: str
    province: str | None
    capacity: int
    seats_left: int | None
    status: str


class NextSessionRepresentation(TypedDict):
    start: str
    place: str
    online: bool


class PublicSessionsField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, sessions) -> list[SessionRepresentation]:
        return list(sessions)


class NextSessionField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, session) -> NextSessionRepresentation:
        return {
            "start": session.start.isoformat(),
            "place": session.place,
            "online": session.online,
        }
