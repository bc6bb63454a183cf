"""What readers get for their own words, on the database backend and on OpenSearch."""

import pytest

from search.models import Synonym
from search.query import MAX_QUERY_LENGTH, clean_query
from search.service import PER_PAGE, SearchInputError, SearchRequest, search

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


def run(q, **kwargs):
    return search(SearchRequest.from_raw(q, kwargs.pop("locale", "nl"), **kwargs))


def top_topics(response, n=3):
    return [hit.topic_slug for hit in response.hits[:n]]


def test_backend_in_use(engine):
    assert run("leden").backend == engine


@pytest.mark.parametrize(
    ("query", "topic"),
    [
        ("hoe krijgen we meer leden", "ledenwerving"),
        ("ledenwerfactie", "ledenwerving"),
        ("samengaan met een andere partij", "fusie"),
        ("VOG voor kandidaten", "screening"),
        ("kandidaatsteling", "kandidaatstelling"),
        ("giften en sponsoring", "fondsenwerving"),
    ],
)
def test_readers_words_find_the_right_topic_first(engine, query, topic):
    response = run(query)
    assert response.hits, query
    assert response.hits[0].topic_slug == topic


def test_natural_questions_never_go_to_zero(engine):
    assert run("hoe kunnen wij als kleine partij nou eigenlijk meer leden krijgen").count > 0


def test_typo_gets_a_suggestion(engine):
    assert run("kandidaatsteling").suggestion == "kandidaatstelling"
    assert run("kandidaatstelling").suggestion is None


def test_snippets_are_highlighted_and_escaped(engine):
    hit = run("giften").hits[0]
    assert "<mark>" in hit.snippet.lower()
    assert "<script" not in hit.snippet


def test_topic_facets_and_filter(engine):
    everything = run("leden")
    assert everything.facets["ledenwerving"] >= 3
    assert len(everything.facets) > 1
    filtered = run("leden", topic="ledenwerving")
    assert filtered.count == everything.facets["ledenwerving"]
    assert {hit.topic_slug for hit in filtered.hits} == {"ledenwerving"}


def test_unknown_topic_or_locale_is_an_input_error(engine):
    with pytest.raises(SearchInputError):
        run("leden", topic="bestaat-niet")
    with pytest.raises(SearchInputError):
        run("leden", locale="xx")


def test_pagination(engine):
    first = run("partij", per_page=2)
    second = run("partij", per_page=2, page=2)
    assert first.count == second.count > 4
    assert first.num_pages >= 3 and second.page_number == 2
    assert not {h.page_id for h in first.hits} & {h.page_id for h in second.hits}
    beyond = run("partij", per_page=2, page=999)
    assert beyond.page_number == beyond.num_pages and beyond.hits


@pytest.mark.parametrize(
    "query", ['"', "title:(a OR b)~2^3 AND NOT", "\x00\x1b[31m", "*?", "a" * 5000, "  "]
)
def test_hostile_input_gives_a_safe_result(engine, query):
    response = run(query)
    words = clean_query(query)
    assert response.query == words  # what the page shows back: printable words, capped
    assert words.isprintable() and len(words) <= MAX_QUERY_LENGTH and "\x1b" not in words
    assert not any(ch in words for ch in '"*?:()~^')
    assert len(response.hits) == min(response.count, PER_PAGE)
    assert all(hit.page is not None or hit.file is not None for hit in response.hits)
    if not words:
        assert response.count == 0 and response.hits == [] and response.suggestion is None


def test_editor_synonym_counts_from_the_next_search(engine):
    assert run("knikkerbaan").count == 0
    Synonym.objects.create(terms="knikkerbaan, fusie")
    response = run("knikkerbaan")
    assert response.hits and response.hits[0].topic_slug == "fusie"
