"""The trainings agenda, as the trainings app offers it through the Wagtail hook
`upcoming_trainings`: `fn(language: str, limit: int) -> list[dict]`, each dict with `title`,
`url`, `start` (an aware datetime), `place` and `online`. Without such a hook the list is
empty and the block says so."""

from datetime import datetime

from wagtail import hooks

HOOK = "upcoming_trainings"


def upcoming_trainings(language, limit):
    found = []
    for fn in hooks.get_hooks(HOOK):
        found.extend(fn(language, limit) or [])
    found.sort(key=lambda training: training["start"])
    return [frozen(training) for training in found[:limit]]


def frozen(training):
    """A training as JSON keeps it (start as ISO text), for Send.trainings."""
    start = training["start"]
    return {
        "title": str(training["title"]),
        "url": str(training.get("url") or ""),
        "start": start.isoformat() if isinstance(start, datetime) else str(start),
        "place": str(training.get("place") or ""),
        "online": bool(training.get("online")),
    }


def as_shown(trainings):
    """Frozen trainings with `start` a datetime again, for templates."""
    return [{**t, "start": datetime.fromisoformat(t["start"])} for t in trainings or []]
