"""iCalendar (RFC 5545) for sessions and the agenda feed, built with the icalendar library:
a stable UID per session, times in Europe/Amsterdam with their VTIMEZONE, SEQUENCE bumped on
every change a participant notices, STATUS:CANCELLED for a cancelled session."""

from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
CONTENT_TYPE = "text/calendar; charset=utf-8"


def absolute(url):
    if url.startswith("http"):
        return url
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def new_calendar(name):
    calendar = Calendar()
    calendar.add("prodid", "-//Kennispunt Lokale Politieke Partijen//Trainingen//NL")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Amsterdam")
    return calendar


def session_event(session, training_url, title):
    domain = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"
    event = Event()
    event.add("uid", f"training-session-{session.uid}@{domain}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", session.start.astimezone(AMSTERDAM))
    event.add("dtend", session.end.astimezone(AMSTERDAM))
    event.add("summary", title)
    event.add("location", session.location_text())
    event.add("url", absolute(training_url))
    event.add("sequence", session.sequence)
    event.add("status", "CANCELLED" if session.is_cancelled else "CONFIRMED")
    return event


def calendar_for(sessions, name, request=None):
    """`sessions` with `training` loaded; one VEVENT each."""
    calendar = new_calendar(name)
    for session in sessions:
        training = session.training
        calendar.add_component(session_event(session, training.get_url(request), training.title))
    calendar.add_missing_timezones()
    return calendar.to_ical()
