"""The trainings agenda (content/<lang>/trainingen/agenda.yaml): the agenda page and its
trainings with their sessions, dated relative to the day the demo is loaded, a few full ones
with a waiting list (fictional participants), past ones with materials; Dutch and English.

An upsert keyed on slugs: a Dutch session is updated in place (its uid and sign-ups stay), and
the English translation's sessions are copies with the same uid, made again on every load so
they follow the Dutch dates."""

import datetime
import zoneinfo

from django.utils import timezone
from wagtail.models import Locale

from parties.models import LocalParty, Province
from trainings.factories import TrainingIndexPageFactory, TrainingPageFactory
from trainings.models import (
    Registration,
    TrainingIndexPage,
    TrainingMaterial,
    TrainingPage,
    TrainingSession,
)
from trainings.seats import register

from .files import publish, read_pair

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
SESSION_FIELDS = ("start", "end", "online", "venue", "address", "city", "province", "capacity")
WAITING = 3


def session_fields(item, today, provinces):
    hour, minute = (int(part) for part in item["time"].split(":"))
    day = today + datetime.timedelta(days=item["days"])
    start = datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=AMSTERDAM)
    online = item.get("online", False)
    return {
        "start": start,
        "end": start + datetime.timedelta(hours=item["hours"]),
        "online": online,
        "venue": item.get("venue", ""),
        "address": item.get("address", ""),
        "city": item.get("city", ""),
        "province": provinces.get(item.get("province")),
        "capacity": item["capacity"],
        "join_url": "https://meet.example.org/kennispunt-demo" if online else "",
    }


def planned_sessions(training, items, today, provinces):
    """The training's sessions for its cluster (published with the page, so the editor sees
    them): the existing ones updated in place, keeping their pk, uid and sign-ups."""
    existing = list(training.sessions.order_by("sort_order", "pk"))
    sessions = []
    for number, item in enumerate(items):
        session = existing[number] if number < len(existing) else TrainingSession()
        for name, value in session_fields(item, today, provinces).items():
            setattr(session, name, value)
        session.sort_order = number
        sessions.append(session)
    return sessions


def fill(session, parties):
    """A full session: every seat taken and three on the waiting list (once)."""
    if Registration.objects.filter(session=session).exists():
        return
    for number in range(session.capacity + WAITING):
        register(
            session,
            email=f"deelnemer{number + 1}.{session.uid.hex[:6]}@example.org",
            name=f"Deelnemer {number + 1}",
            party=parties[number % len(parties)],
            role="bestuurslid",
            language="nl",
        )


def english_copy(demo, page, locale, fields, sessions=None):
    copy = page.get_translation_or_none(locale)
    if copy is None:
        copy = page.copy_for_translation(locale, copy_parents=False)
    copy = copy.specific
    demo.assign(copy, fields)
    if sessions is not None:
        copy.sessions = sessions
    copy.save()
    publish(demo, copy)
    return copy


def english_sessions(source):
    """The English training's sessions: copies of the Dutch ones with the same uid (sign-ups
    and seats stay with the Dutch session), made anew on every load."""
    return [
        TrainingSession(
            uid=session.uid,
            sort_order=session.sort_order,
            status=session.status,
            join_url=session.join_url,
            **{name: getattr(session, name) for name in SESSION_FIELDS},
        )
        for session in TrainingSession.objects.filter(training=source).order_by("sort_order", "pk")
    ]


def load(demo, pages):
    dutch, english = read_pair("trainingen", "agenda")
    today = timezone.localdate()
    provinces = {province.name: province for province in Province.objects.all()}
    parties = list(LocalParty.objects.filter(eligible=True).order_by("name")[:10])
    index = demo.upsert(
        TrainingIndexPage, TrainingIndexPageFactory, pages["home"], dutch["page"]["slug"],
        {"title": dutch["page"]["title"], "intro": dutch["page"]["intro"]},
    )  # fmt: skip
    locale = Locale.objects.get(language_code="en")
    english_copy(demo, index, locale, english["page"])
    full = 0
    for item in dutch["trainings"]:
        fields = {
            "title": item["title"],
            "summary": item["summary"],
            "audience": item["audience"],
            "trainer": "Trainers van het Kennispunt",
            "materials_visibility": item.get("materials_visibility", "participants"),
        }
        training = demo.upsert(TrainingPage, TrainingPageFactory, index, item["key"], fields)
        training.topics = [pages["topics"][key] for key in item.get("topics", [])]
        topics = item.get("topics", [])
        guides = [guide for key, guide in pages["guides"].items() if key.split("/")[0] in topics]
        training.related_guides = guides[:3]
        training.materials = [
            TrainingMaterial(document=demo.documents[key]) for key in item.get("materials", [])
        ]
        training.sessions = planned_sessions(training, item["sessions"], today, provinces)
        publish(demo, training)
        # From the database: the in-memory cluster still holds the unsaved objects.
        sessions = TrainingSession.objects.filter(training=training).order_by("sort_order", "pk")
        for session, data in zip(sessions, item["sessions"], strict=True):
            if data.get("full") and parties:
                fill(session, parties)
                full += 1
        text = english["trainings"][item["key"]]
        english_copy(
            demo,
            training,
            locale,
            {**text, "trainer": "Trainers of the Kennispunt"},
            sessions=english_sessions(training),
        )
    demo.log(
        f"Demo trainings: {len(dutch['trainings'])} trainings in Dutch and English, "
        f"{full} full sessions with a waiting list."
    )
