"""The demo's trainings agenda (demo/sections/trainings.py): the eight-part election series in
eight cities, the other trainings to come (some online, some full with a waiting list), past
ones with materials, in Dutch and English, dated from the day the demo is loaded."""

import pytest
from django.utils import timezone

from tests.html import parse
from trainings.models import Registration, TrainingPage, TrainingSession
from trainings.seats import counts

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


def dutch_sessions():
    return TrainingSession.objects.filter(training__locale__language_code="nl")


def test_the_election_series_runs_in_eight_cities():
    series = TrainingPage.objects.filter(
        locale__language_code="nl", title__startswith="Op weg naar de verkiezingen"
    )
    assert series.count() == 8
    cities = {session.city for session in dutch_sessions().filter(training__in=series)}
    assert len(cities) == 8


def test_the_agenda_has_upcoming_online_full_and_past_trainings():
    now = timezone.now()
    upcoming = dutch_sessions().filter(start__gt=now)
    assert upcoming.values("training").distinct().count() >= 15
    assert upcoming.filter(online=True).exists()
    assert upcoming.filter(online=False, province__isnull=False).exists()
    full = [s for s in upcoming if counts(s)["confirmed"] == s.capacity]
    assert full and all(counts(session)["waiting"] > 0 for session in full)
    past = TrainingPage.objects.filter(
        locale__language_code="nl", sessions__end__lt=now, materials__isnull=False
    ).distinct()
    assert past.count() >= 2
    assert not Registration.objects.exclude(email__endswith="@example.org").exists()


def test_the_agenda_is_served_in_both_languages(client):
    dutch = parse(client.get("/trainingen/"))
    assert "Op weg naar de verkiezingen 5" in dutch.get_text()
    english = parse(client.get("/en/trainings/"))
    assert "On the way to the elections 5" in english.get_text()
    feed = client.get("/trainingen/agenda.ics")
    assert feed.status_code == 200 and feed.content.count(b"BEGIN:VEVENT") >= 20
