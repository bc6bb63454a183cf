"""The pages API's ?search= uses the site's own analysis and ranking on every backend."""

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]
API = "/api/v2/pages/"


def found(client, status=200, **params):
    response = client.get(API, {"type": "guides.GuidePage", "fields": "topic", **params})
    assert response.status_code == status, response.content[:300]
    return response.json()


@pytest.mark.parametrize(
    ("query", "topic"),
    [
        ("kandidaatsteling", "kandidaatstelling"),  # typo
        ("ledenwerfactie", "ledenwerving"),  # compound
        ("samengaan met een andere partij", "fusie"),  # synonym (editor-managed)
        ("hoe kunnen wij meer leden krijgen", "ledenwerving"),  # natural question
    ],
)
def test_readers_words_rank_the_right_guides_first(client, engine, query, topic):
    items = found(client, search=query, locale="nl")["items"]
    assert items, query
    assert items[0]["topic"]["slug"] == topic


def test_english_search_stays_in_english(client, engine):
    items = found(client, search="merging with another party", locale="en")["items"]
    assert items
    assert {item["meta"]["locale"] for item in items} == {"en"}
    assert items[0]["topic"]["slug"] == "party-mergers"


def test_without_a_locale_every_language_is_searched(client, engine):
    items = found(client, search="fusie merger")["items"]
    assert {item["meta"]["locale"] for item in items} == {"nl", "en"}


def test_an_explicit_order_replaces_relevance(client, engine):
    items = found(client, search="leden", locale="nl", order="title")["items"]
    titles = [item["title"] for item in items]
    assert len(titles) > 1
    assert titles == sorted(titles)


def test_drafts_are_never_found(client, engine, new_guide):
    guide = new_guide(title="Zeepkistsessie")
    guide.title = "Kruimeldiefje"
    guide.save_revision()
    assert found(client, search="kruimeldiefje", locale="nl")["items"] == []


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ('"leden', "leden"),
        ("leden AND (", "leden"),
        ("*", ""),
        ("a" * 5000, ""),
        ("\x00leden", "leden"),
    ],
)
def test_any_input_is_answered(client, engine, query, words):
    """Stray syntax and control characters are ignored: the reader's words find what they find
    on their own, and input without a searchable word finds nothing."""
    data = found(client, search=query, limit=100)  # every result, not the first page's 20
    if not words:
        assert data == {"meta": {"total_count": 0}, "items": []}
        return
    ids = {item["id"] for item in data["items"]}
    plain = {item["id"] for item in found(client, search=words, limit=100)["items"]}
    assert plain and ids >= plain
    assert data["meta"]["total_count"] >= len(plain)


def test_an_unknown_locale_is_a_400(client, engine):
    assert "message" in found(client, status=400, search="leden", locale="xx")


def test_a_newly_published_guide_is_found(client, engine, new_guide):
    guide = new_guide(title="Zeepkistsessie")
    if engine == "opensearch":
        from .conftest import refresh_opensearch

        refresh_opensearch()
    assert [item["id"] for item in found(client, search="zeepkistsessie")["items"]] == [guide.id]
