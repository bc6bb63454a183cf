"""API v3 lists: wrong parameters are a 400 naming the parameter (a 404 when a filter names a
page that does not exist), and combinations Wagtail refuses but its OpenAPI document allows
(`order=random` with `offset` or `search`, `child_of` with `descendant_of`) are answered."""

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model

from guides.models import TopicPage
from home.models import HomePage

from .helpers import get_json

pytestmark = pytest.mark.django_db

PAGES = "/api/v3/pages/"


def problem(client, url, status, **params):
    response = client.get(url, params)
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"] == "application/problem+json"
    return response.json()


@pytest.mark.parametrize("url", [PAGES, "/api/v3/images/", "/api/v3/documents/"])
def test_an_unknown_order_field_is_a_400_naming_order(client, url):
    body = problem(client, url, 400, order="null")
    assert body["errors"] == [
        {"parameter": "order", "detail": "Op deze velden kan niet gesorteerd worden: 'null'."}
    ]


def test_random_with_other_fields_is_a_400_naming_order(client):
    response = client.get(PAGES, {"order": ["title", "random"]})
    assert response.status_code == 400
    assert response.json()["errors"][0]["parameter"] == "order"


def test_the_message_is_in_english_for_an_english_reader():
    body = Client(headers={"accept-language": "en"}).get(PAGES, {"order": "nope"}).json()
    assert body["errors"][0]["detail"] == "These fields cannot be sorted on: 'nope'."


@pytest.mark.parametrize("parameter", ["child_of", "descendant_of", "ancestor_of"])
def test_a_filter_naming_no_public_page_is_a_404_naming_it(client, parameter):
    body = problem(client, PAGES, 404, **{parameter: "999999"})
    assert body["errors"][0]["parameter"] == parameter
    assert "999999" in body["detail"]


def test_random_order_with_an_offset_is_a_random_selection(client):
    total = get_json(client, PAGES)["count"]
    body = get_json(client, PAGES, order="random", offset="3", limit="2")
    assert body["count"] == total and len(body["items"]) == 2


def test_random_order_with_search_is_a_random_selection_of_the_matches(client):
    matches = get_json(client, PAGES, search="wervingsplan", limit="100")
    assert matches["count"] >= 1
    expected = {item["id"] for item in matches["items"]}
    body = get_json(client, PAGES, search="wervingsplan", order="random", limit="100")
    assert body["count"] == matches["count"]
    assert {item["id"] for item in body["items"]} == expected


def test_child_of_within_descendant_of_is_the_children(client, topic):
    home = HomePage.objects.get(locale__language_code="nl")
    body = get_json(client, PAGES, child_of=str(topic.pk), descendant_of=str(home.pk))
    children = set(topic.get_children().live().values_list("pk", flat=True))
    assert children and {item["id"] for item in body["items"]} == children


def test_child_of_outside_descendant_of_is_empty(client, topic):
    other = TopicPage.objects.exclude(pk=topic.pk).filter(locale=topic.locale).first()
    body = get_json(client, PAGES, child_of=str(topic.pk), descendant_of=str(other.pk))
    assert body == {"items": [], "count": 0}


def test_child_of_with_a_missing_descendant_of_is_a_404_naming_it(client, topic):
    body = problem(client, PAGES, 404, child_of=str(topic.pk), descendant_of="999999")
    assert body["errors"][0]["parameter"] == "descendant_of"


def test_child_of_root_within_root_is_the_home_pages_children(client):
    home = HomePage.objects.get(locale__language_code="nl")
    body = get_json(client, PAGES, child_of="root", descendant_of="root", limit="100")
    assert {item["id"] for item in body["items"]} == set(
        home.get_children().live().public().values_list("pk", flat=True)
    )


@pytest.fixture(scope="module")
def openapi(django_db_blocker):
    with django_db_blocker.unblock():
        return Client().get("/api/v3/openapi.json").json()


def test_the_document_lists_the_fields_a_list_orders_by(openapi):
    order = next(
        parameter
        for parameter in openapi["paths"]["/api/v3/images/"]["get"]["parameters"]
        if parameter["name"] == "order"
    )
    fields = order["schema"]["anyOf"][1]["items"]["enum"]
    assert {"title", "-title", "id"} <= set(fields) and "random" not in fields


def test_the_document_says_a_filter_may_name_no_page(openapi):
    assert "404" in openapi["paths"][PAGES]["get"]["responses"]
    assert "404" in openapi["paths"]["/api/v3/pages/find/"]["get"]["responses"]


def test_the_document_leaves_out_snippet_endpoints_no_request_can_reach(openapi):
    assert not [path for path in openapi["paths"] if path.startswith("/api/v3/snippets/")]


def test_search_sorted_on_a_field_the_backend_does_not_index_is_sorted_by_the_database(client):
    for description in ("a", "c", "b"):
        document = get_document_model()(
            title=f"Wervingsplan {description}", description=description
        )
        document.file.save(f"plan-{description}.txt", ContentFile(b"plan"), save=True)
    body = get_json(
        client, "/api/v3/documents/", search="wervingsplan", order="-description", limit="100"
    )
    titles = [item["title"] for item in body["items"] if item["title"].startswith("Wervingsplan ")]
    assert titles == ["Wervingsplan c", "Wervingsplan b", "Wervingsplan a"]


def test_the_document_says_the_server_refuses_a_too_long_request_line(openapi):
    assert "414" in openapi["paths"][PAGES]["get"]["responses"]
