"""Trainings and their sessions in API v2 and v3: dates, place, seats and status, the filters
for upcoming, topic, province and online; never a participant's data or a join link."""

import datetime

import pytest
from django.utils import timezone

from guides.models import TopicPage
from parties.factories import ProvinceFactory
from tests.api.helpers import get_json
from tests.trainings.conftest import add_session
from trainings import seats
from trainings.factories import TrainingPageFactory

pytestmark = pytest.mark.django_db

SECRET_LINK = "https://meet.example.org/geheim-kamer"
PARTICIPANT = "deelnemer.geheim@example.org"
TYPE = "trainings.TrainingPage"


@pytest.fixture
def agenda(agenda_page, training, party):
    """Utrecht on location about a topic; an online webinar; a past training in Utrecht."""
    topic = TopicPage.objects.filter(locale__language_code="nl").first()
    training.topics.set([topic])
    training.save_revision().publish()
    utrecht = ProvinceFactory(code="PV26", name="Utrecht")
    soon = timezone.now() + datetime.timedelta(days=10)
    located = add_session(training, start=soon, province=utrecht, capacity=3)
    webinar = TrainingPageFactory(parent=agenda_page, title="Webinar online campagne")
    online = add_session(webinar, start=soon, online=True, join_url=SECRET_LINK, capacity=1)
    past = TrainingPageFactory(parent=agenda_page, title="Terugblik fusie")
    add_session(past, start=timezone.now() - datetime.timedelta(days=60), province=utrecht)
    for session in (located, online):
        seats.register(
            session, email=PARTICIPANT, name="Geheime Deelnemer", party=party,
            role="lid", language="nl",
        )  # fmt: skip
    return {"training": training, "webinar": webinar, "past": past, "topic": topic}


def titles(client, **params):
    data = get_json(client, "/api/v2/pages/", type=TYPE, **params)
    return sorted(item["title"] for item in data["items"])


def test_sessions_in_v2_with_dates_place_seats_and_status(client, agenda):
    data = get_json(client, f"/api/v2/pages/{agenda['training'].pk}/")
    [session] = data["public_sessions"]
    assert session["city"] == "Utrecht" and session["province"] == "Utrecht"
    assert session["online"] is False and session["status"] == "scheduled"
    assert session["capacity"] == 3 and session["seats_left"] == 2
    assert session["start"] < session["end"]
    assert data["next_session"]["place"] == "Utrecht"
    webinar = get_json(client, f"/api/v2/pages/{agenda['webinar'].pk}/")
    assert webinar["public_sessions"][0]["seats_left"] == 0
    assert webinar["public_sessions"][0]["venue"] == ""
    assert get_json(client, f"/api/v2/pages/{agenda['past'].pk}/")["next_session"] is None


def test_v2_filters_upcoming_topic_province_online(client, agenda):
    upcoming = sorted([agenda["training"].title, "Webinar online campagne"])
    assert titles(client, upcoming="true") == upcoming
    assert titles(client, upcoming="false") == ["Terugblik fusie"]
    assert titles(client, topic=agenda["topic"].slug) == [agenda["training"].title]
    assert titles(client, province="PV26") == sorted([agenda["training"].title, "Terugblik fusie"])
    assert titles(client, province="utrecht", upcoming="true") == [agenda["training"].title]
    assert titles(client, online="true") == ["Webinar online campagne"]
    assert titles(client, online="false", upcoming="true") == [agenda["training"].title]


@pytest.mark.parametrize(
    "params", [{"upcoming": "misschien"}, {"online": "ja"}, {"province": "Atlantis"}]
)
def test_bad_filter_values_are_a_400_with_a_message(client, agenda, params):
    data = get_json(client, "/api/v2/pages/", status=400, type=TYPE, **params)
    assert list(params)[0] in data["message"]


def test_v3_has_the_typed_sessions(client, agenda):
    data = get_json(client, f"/api/v3/pages/{agenda['training'].pk}/")
    assert data["public_sessions"][0]["seats_left"] == 2
    openapi = get_json(client, "/api/v3/openapi.json")
    schemas = openapi["components"]["schemas"]
    sessions = schemas["TrainingPageSchema"]["properties"]["public_sessions"]
    item = sessions["anyOf"][0]["items"]
    item = schemas[item["$ref"].rsplit("/", 1)[1]] if "$ref" in item else item
    assert {"start", "end", "online", "city", "capacity", "seats_left", "status"} <= set(
        item["properties"]
    )
    assert "join_url" not in item["properties"] and "email" not in item["properties"]


def test_no_join_link_or_participant_data_in_any_api_answer(client, agenda):
    ids = [agenda[name].pk for name in ("training", "webinar", "past")]
    urls = [
        f"/api/v2/pages/?type={TYPE}&fields=*",
        f"/api/v2/pages/?type={TYPE}&fields=*&online=true",
        f"/api/v3/pages/?type={TYPE}",
        "/api/v3/openapi.json",
        "/api/v2/pages/?search=webinar",
        *(f"/api/v2/pages/{pk}/" for pk in ids),
        *(f"/api/v3/pages/{pk}/" for pk in ids),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        for secret in (SECRET_LINK, "geheim-kamer", PARTICIPANT, "Geheime Deelnemer", "join_url"):
            assert secret not in body, (url, secret)
