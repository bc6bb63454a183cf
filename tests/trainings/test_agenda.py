"""The agenda, a training page, the calendars, the hook for the newsletter, and the query
count of the agenda, which does not grow with the number of trainings."""

import datetime

import icalendar
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail import hooks

from guides.models import TopicPage
from parties.factories import ProvinceFactory
from tests.html import assert_accessible_page, parse
from tests.sections import translate
from tests.trainings.conftest import add_session
from trainings.factories import TrainingPageFactory
from trainings.models import Registration
from trainings.models.agenda import SESSIONS_PER_PAGE

pytestmark = pytest.mark.django_db


def test_agenda_lists_upcoming_sessions_soonest_first_with_seats_and_place(
    client, agenda_page, training
):
    later = add_session(training, start=timezone.now() + datetime.timedelta(days=30), capacity=5)
    sooner = add_session(training, start=timezone.now() + datetime.timedelta(days=3), online=True)
    add_session(training, start=timezone.now() - datetime.timedelta(days=30))
    soup = assert_accessible_page(client.get("/trainingen/"))
    items = soup.select("ul.sessions > li")
    assert len(items) == 2
    assert "Online" in items[0].get_text()
    assert "Nog 5 plaatsen vrij" in items[1].get_text()
    assert "openstreetmap.org" in items[1].find("a", href=lambda h: "openstreetmap" in h)["href"]
    assert (
        items[0]
        .find("time")["datetime"]
        .startswith(sooner.start.astimezone().date().isoformat()[:4])
    )
    assert later.pk


def test_agenda_filters_by_topic_province_form_and_month(client, agenda_page, training):
    topic = TopicPage.objects.filter(locale__language_code="nl").first()
    other = TrainingPageFactory(parent=agenda_page, title="Fusie voorbereiden")
    training.topics.set([topic])
    training.save_revision().publish()
    province = ProvinceFactory(code="PV27", name="Utrecht")
    start = timezone.now() + datetime.timedelta(days=40)
    add_session(training, start=start, province=province)
    add_session(other, start=start + datetime.timedelta(hours=1), online=True)

    def titles(query):
        soup = parse(client.get("/trainingen/" + query))
        return [a.get_text(strip=True) for a in soup.select("ul.sessions h3 a")]

    assert titles(f"?onderwerp={topic.slug}") == [training.title]
    assert titles("?provincie=PV27") == [training.title]
    assert titles("?vorm=online") == ["Fusie voorbereiden"]
    assert titles(f"?maand={start:%Y-%m}") == [training.title, "Fusie voorbereiden"]
    assert len(titles("?maand=rommel&provincie=XX&vorm=?")) == 2


def test_training_page_shows_sessions_and_sign_up_forms_with_labels(client, training, session):
    soup = assert_accessible_page(client.get(training.url))
    form = soup.select_one("form.sign-up")
    assert form["action"] == f"/trainingen/bijeenkomst/{session.pk}/aanmelden/"
    for field in form.select("input:not([type=hidden]), select"):
        assert form.find("label", attrs={"for": field["id"]}) is not None
    assert "Nog 2 plaatsen vrij" in soup.get_text()


def test_english_agenda_shares_the_seats_of_the_dutch_session(
    client, member, agenda_page, training, session
):
    from trainings import seats

    seats.register(
        session, email=member.email, name="Lid", party=None, role="lid", language="nl", user=member
    )
    english_index = translate(agenda_page, slug="trainings", title="Trainings")
    english = translate(training, title="Membership recruitment in practice")
    assert english.sessions.get().uid == session.uid
    soup = assert_accessible_page(client.get("/en/trainings/"), language="en")
    assert "1 seat left" in soup.get_text()
    assert english_index.url == "/en/trainings/"


def test_feed_and_session_calendar_are_valid_icalendar(client, training, session):
    session.online = True
    session.save()
    response = client.get("/trainingen/agenda.ics")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/Amsterdam"
    [event] = calendar.walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert event["LOCATION"] == "Online" and int(event["SEQUENCE"]) == 1
    assert str(event["URL"]).endswith(training.url)
    uid = str(event["UID"])
    session.capacity = 40  # not noticeable: same SEQUENCE, same UID
    session.save()
    single = icalendar.Calendar.from_ical(
        client.get(f"/trainingen/bijeenkomst/{session.pk}.ics").content
    )
    [same] = single.walk("VEVENT")
    assert str(same["UID"]) == uid and int(same["SEQUENCE"]) == 1
    assert client.get("/trainingen/bijeenkomst/999999.ics").status_code == 404


def test_feed_per_topic(client, agenda_page, training, session):
    topic = TopicPage.objects.filter(locale__language_code="nl").first()
    calendar = icalendar.Calendar.from_ical(
        client.get(f"/trainingen/agenda.ics?onderwerp={topic.slug}").content
    )
    assert calendar.walk("VEVENT") == []


def test_join_link_never_shown_publicly(client, training, session):
    session.online = True
    session.join_url = "https://meet.example.org/geheim"
    session.save()
    for url in (
        training.url,
        "/trainingen/",
        "/trainingen/agenda.ics",
        f"/api/v2/pages/{training.pk}/",
    ):
        assert "geheim" not in client.get(url).content.decode()


def test_upcoming_trainings_hook_for_the_newsletter(agenda_page, training):
    add_session(training, start=timezone.now() + datetime.timedelta(days=9), city="Zwolle")
    add_session(training, start=timezone.now() + datetime.timedelta(days=2), online=True)
    [fn] = hooks.get_hooks("upcoming_trainings")
    items = fn("nl", 5)
    assert [item["place"] for item in items] == ["online", "Zwolle"]
    assert items[0]["online"] is True and items[0]["url"] == training.url
    assert items[0]["title"] == training.title and timezone.is_aware(items[0]["start"])
    assert fn("en", 5) == [] and len(fn("nl", 1)) == 1


def agenda_queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/trainingen/").status_code == 200
    return len(queries)


def test_agenda_query_count_is_constant_in_the_number_of_trainings(client, agenda_page):
    """Each training with a topic, sessions in a province and online, and sign-ups."""
    topic = TopicPage.objects.filter(locale__language_code="nl").first()
    province = ProvinceFactory(code="PV27", name="Utrecht")

    def add(count):
        for number in range(count):
            page = TrainingPageFactory(parent=agenda_page)
            page.topics.set([topic])
            page.save()
            start = timezone.now() + datetime.timedelta(days=number + 1)
            located = add_session(page, start=start, province=province)
            add_session(page, start=start + datetime.timedelta(hours=2), online=True)
            Registration.objects.create(
                session=located, email=f"p{page.pk}@example.org", status="confirmed"
            )

    add(2)
    agenda_queries(client)  # the first request fills the site and locale caches
    few = agenda_queries(client)
    add(20)
    many = agenda_queries(client)
    assert few == many
    with CaptureQueriesContext(connection) as filtered:
        query = f"?onderwerp={topic.slug}&provincie=PV27&vorm=locatie"
        assert client.get("/trainingen/" + query).status_code == 200
    add(5)
    with CaptureQueriesContext(connection) as more:
        assert client.get("/trainingen/" + query).status_code == 200
    assert len(filtered) == len(more)


def test_agenda_is_paged_and_the_pages_keep_the_filters(client, agenda_page, training):
    for number in range(SESSIONS_PER_PAGE + 5):
        add_session(training, start=timezone.now() + datetime.timedelta(days=number + 1))
    first = parse(client.get("/trainingen/"))
    assert len(first.select("ul.sessions > li")) == SESSIONS_PER_PAGE
    assert first.select_one("a[rel=next]")["href"] == "?pagina=2"
    second = parse(client.get("/trainingen/?vorm=locatie&pagina=2"))
    assert len(second.select("ul.sessions > li")) == 5
    assert second.select_one("a[rel=prev]")["href"] == "?vorm=locatie&pagina=1"
    assert len(parse(client.get("/trainingen/?pagina=999")).select("ul.sessions > li")) == 30
