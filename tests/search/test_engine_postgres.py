"""PostgreSQL answers searches with its own full text search: the `dutch` (or `english`)
configuration over a weighted tsvector, editors' synonyms, and pg_trgm for typos."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageViewRestriction

from guides.models import TopicPage
from search.documents import rebuild
from search.engines import postgres as engine_postgres
from search.models import ReaderWord, SearchDocument
from search.service import SearchRequest, search
from tests.search.conftest import publish_english_guide

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db,
    pytest.mark.usefixtures("demo_site"),  # typos, facets and ranking over the demo content
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="DATABASE_URL does not point at PostgreSQL"
    ),
]


def run(q, locale="nl", **kwargs):
    return search(SearchRequest.from_raw(q, locale, **kwargs))


def page_ids(q, locale="nl", **kwargs):
    return [hit.page_id for hit in run(q, locale, per_page=100, **kwargs).hits]


def vector_of(page):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT search_vector::text FROM search_searchdocument WHERE page_id = %s", [page.id]
        )
        row = cursor.fetchone()
    return row[0] if row else None


def test_migration_set_up_pg_trgm_and_the_indexes():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        assert cursor.fetchone()
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN "
            "('search_searchdocument', 'search_readerword')"
        )
        indexes = dict(cursor.fetchall())
    assert "gin (search_vector)" in indexes["search_document_vector"]
    assert "gin (word gin_trgm_ops)" in indexes["search_readerword_trigram"]


def test_the_postgres_engine_answers():
    with CaptureQueriesContext(connection) as queries:
        response = run("hoe krijgen we meer leden")
    sql = " ".join(query["sql"] for query in queries.captured_queries)
    assert "search_vector @@" in sql and "ts_rank" in sql
    assert response.hits[0].topic_slug == "ledenwerving"


def test_dutch_stemming_from_the_dutch_configuration(new_guide):
    guide = new_guide(title="Kaasboeren en glibberige knikkerbanen")
    vector = vector_of(guide)
    assert "'kaasboer':1A" in vector and "'glibber':3A" in vector and "'knikkerban':4A" in vector
    assert page_ids("kaasboer met een glibberig knikkerbaan")[0] == guide.id


def test_a_part_finds_the_compound(new_guide):
    guide = new_guide(title="Quokkabudget", summary="Zo stelt u het op.")
    assert "'budget':" in vector_of(guide)
    assert guide.id in page_ids("budget")


def test_a_compound_finds_its_parts(new_guide):
    guide = new_guide(title="Quokka en het budget", summary="Zo stelt u het op.")
    assert guide.id in page_ids("quokkabudget")


def test_editors_synonym_from_the_admin_counts_at_once(editor_client):
    assert run("knikkerbaan").count == 0
    response = editor_client.post(
        reverse("wagtailsnippets_search_synonym:add"),
        {"terms": "knikkerbaan, giften", "language": "nl"},
    )
    assert response.status_code == 302
    hits = run("knikkerbaan").hits
    assert hits and hits[0].topic_slug == "fondsenwerving"


def test_multi_word_synonym_matches_its_words_together():
    response = run("verklaring omtrent het gedrag")
    assert response.hits[0].page.slug == "vog-referenties-sociale-media"


def test_typo_is_corrected_by_trigram_similarity(new_guide):
    guide = new_guide(title="Zeepkistsessie voor nieuwe leden")
    with CaptureQueriesContext(connection) as queries:
        response = run("zeepkistsesie")
    assert any("similarity(word" in query["sql"] for query in queries.captured_queries)
    assert response.suggestion == "zeepkistsessie"
    assert response.hits[0].page_id == guide.id
    assert ReaderWord.objects.filter(language="nl", word="zeepkistsessie").exists()
    assert run("zeepkistsessie").suggestion is None


def test_demo_typo_and_suggestion_through_the_api(client):
    data = client.get("/api/search/", {"q": "kandidaatsteling"}).json()
    assert data["suggestion"] == "kandidaatstelling"
    assert data["items"][0]["topic"]["slug"] == "kandidaatstelling"
    page = client.get("/zoeken/", {"q": "kandidaatsteling"})
    assert page.status_code == 200 and "kandidaatstelling" in page.content.decode()


@pytest.fixture
def english_guide():
    return publish_english_guide()[1]


def test_english_pages_use_the_english_configuration(client, english_guide):
    assert "'recruit':1A" in vector_of(english_guide)
    assert page_ids("recruitment of quokka", "en")[0] == english_guide.id
    assert english_guide.id not in page_ids("quokkas")
    page = client.get("/en/search/", {"q": "recruited quokka"})
    assert page.status_code == 200 and english_guide.title in page.content.decode()


def test_topic_filter_and_facets(new_guide):
    guide = new_guide(title="Leden voor de zeepkistsessie")
    everything = run("leden")
    assert everything.facets["ledenwerving"] >= 3 and len(everything.facets) > 1
    filtered = run("leden", topic="ledenwerving", per_page=100)
    assert filtered.count == everything.facets["ledenwerving"]
    assert {hit.topic_slug for hit in filtered.hits} == {"ledenwerving"}
    assert guide.id in [hit.page_id for hit in filtered.hits]
    assert run("zeepkistsessie", topic="ledenwerving").hits[0].page_id == guide.id
    assert run("zeepkistsessie", topic="fusie").count == 0


@pytest.mark.parametrize(
    "query",
    [
        "'",
        "leden' & !(",
        "a & b | !c <-> d",
        "():*",
        "leden:* & 'werving'",
        "\\' \\\\",
        "\x00\x1b[31m leden",
        "ééé ñ 漢字 🙂",
        "a" * 5000,
        "de het een",
    ],
)
def test_bad_input_never_errors(client, query):
    response = client.get("/api/search/", {"q": query})
    assert response.status_code == 200
    assert response.json()["count"] >= 0
    assert client.get("/zoeken/", {"q": query}).status_code == 200


def test_quoted_operands_are_valid_tsqueries():
    stemmed = {"a": ("it's",), "b": ("back\\slash",), "c": ("x:*&|!",)}
    text = engine_postgres.tsquery(("a", "b", "c"), False, stemmed)
    with connection.cursor() as cursor:
        cursor.execute("SELECT %s::tsquery::text", [text])
        assert cursor.fetchone()[0] == "'it''s' & 'back\\\\slash' & 'x:*&|!'"


def test_drafts_and_private_pages_are_never_returned(new_guide):
    guide = new_guide(title="Zeepkistsessie")
    guide.title = "Kruimeldiefje"
    guide.save_revision()
    assert page_ids("kruimeldiefje") == []
    assert guide.id in page_ids("zeepkistsessie")
    PageViewRestriction.objects.create(page=guide, restriction_type="login")
    assert page_ids("zeepkistsessie") == []
    guide.unpublish()
    assert page_ids("zeepkistsessie") == []


def test_rebuild_writes_every_vector():
    count = rebuild()
    assert count == SearchDocument.objects.count() > 30
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM search_searchdocument WHERE search_vector IS NULL")
        assert cursor.fetchone()[0] == 0
    topic = TopicPage.objects.get(slug="fusie", locale__language_code="nl")
    assert run("fuseren").hits[0].topic_slug == topic.slug
