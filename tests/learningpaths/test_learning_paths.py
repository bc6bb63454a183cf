"""Learning paths: an ordered series of guides with "stap 2 van 3" and previous/next on each
guide, in HTML and the API; a guide may belong to several paths."""

import pytest

from guides.factories import GuidePageFactory
from guides.models import TopicPage
from learningpaths.factories import LearningPathIndexPageFactory, LearningPathPageFactory
from tests.html import assert_accessible_page, parse
from tests.sections import home, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def guides():
    topic = TopicPage.objects.filter(locale__language_code="nl").first()
    return [GuidePageFactory(parent=topic, title=f"Stapgids {n}") for n in range(1, 4)]


@pytest.fixture
def paths(guides):
    index = LearningPathIndexPageFactory(parent=home("nl"))
    founding = LearningPathPageFactory(parent=index, title="Een nieuwe partij oprichten")
    founding.steps.all().delete()
    for number, guide in enumerate(guides):
        founding.steps.create(guide=guide, sort_order=number)
    founding.save_revision().publish()
    board = LearningPathPageFactory(parent=index, title="Een nieuw bestuur op weg")
    for number, guide in enumerate([guides[2], guides[0]]):
        board.steps.create(guide=guide, sort_order=number)
    board.save_revision().publish()
    return {"index": index, "founding": founding, "board": board}


def test_path_page_lists_its_guides_in_order(client, paths, guides):
    soup = assert_accessible_page(client.get(paths["founding"].url))
    assert [a.get_text() for a in soup.select(".path-steps h2 a")] == [
        "Stapgids 1",
        "Stapgids 2",
        "Stapgids 3",
    ]
    index = assert_accessible_page(client.get(paths["index"].url))
    assert "3 stappen" in index.get_text()


def test_guide_shows_its_place_in_every_path(client, paths, guides):
    soup = parse(client.get(guides[0].url))
    navs = soup.select("nav.path-nav")
    assert len(navs) == 2
    founding = navs[0].get_text(" ", strip=True)
    assert "stap 1 van 3" in founding
    assert navs[0].find("a", rel="next")["href"] == guides[1].url
    assert navs[0].find("a", rel="prev") is None
    board = navs[1].get_text(" ", strip=True)
    assert "stap 2 van 2" in board
    assert navs[1].find("a", rel="prev")["href"] == guides[2].url
    middle = parse(client.get(guides[1].url)).select("nav.path-nav")
    assert len(middle) == 1
    assert middle[0].find("a", rel="prev")["href"] == guides[0].url


def test_unpublished_guide_drops_out_of_the_path(client, paths, guides):
    guides[1].unpublish()
    soup = parse(client.get(guides[0].url))
    assert "stap 1 van 2" in soup.select_one("nav.path-nav").get_text(" ", strip=True)
    assert soup.select_one("nav.path-nav a[rel=next]")["href"] == guides[2].url


def test_api_gives_steps_and_a_guides_place(client, paths, guides):
    data = client.get(f"/api/v2/pages/{paths['founding'].id}/").json()
    assert [step["guide"]["title"] for step in data["guides"]] == [
        "Stapgids 1",
        "Stapgids 2",
        "Stapgids 3",
    ]
    assert data["guides"][1]["number"] == 2
    places = client.get("/api/v2/learning-paths/", {"guide": guides[1].id}).json()
    assert places["meta"]["total_count"] == 1
    position = places["items"][0]["position"]
    assert position["number"] == 2 and position["count"] == 3
    assert position["previous"]["id"] == guides[0].id and position["next"]["id"] == guides[2].id
    every = client.get("/api/v2/learning-paths/").json()
    assert {item["title"] for item in every["items"]} == {
        "Een nieuwe partij oprichten",
        "Een nieuw bestuur op weg",
    }


@pytest.mark.parametrize("guide", ["abc", "-1", "99999999999999999999", "0"])
def test_api_refuses_a_bad_guide(client, paths, guide):
    response = client.get("/api/v2/learning-paths/", {"guide": guide})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["status"] == 400 and problem["errors"][0]["detail"]


def test_english_path_uses_english_guides(client, paths, guides):
    english_guides = []
    for guide in guides:
        assert guide.get_parent().get_translation_or_none(home("en").locale) is not None
        english_guides.append(translate(guide, title=f"Step guide {guide.title[-1]}"))
    translate(paths["index"], title="Learning paths", slug="learning-paths")
    english_path = translate(paths["founding"], title="Founding a new party")
    soup = parse(client.get(english_path.url))
    assert [a.get_text() for a in soup.select(".path-steps h2 a")] == [
        "Step guide 1",
        "Step guide 2",
        "Step guide 3",
    ]
    nav = parse(client.get(english_guides[1].url)).select_one("nav.path-nav")
    assert "step 2 of 3" in nav.get_text(" ", strip=True).lower()


def test_api_v3_lists_the_learning_path_page_types(client, paths):
    for page_type in ("learningpaths.LearningPathIndexPage", "learningpaths.LearningPathPage"):
        response = client.get("/api/v3/pages/", {"type": page_type})
        assert response.status_code == 200 and response.json()["count"] >= 1, page_type
