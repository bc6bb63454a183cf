"""The query cleaner, for any text at all: what it returns is safe for every search backend."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search.query import MAX_QUERY_LENGTH, SYNTAX_RE, clean_query

PIECES = st.one_of(
    st.text(max_size=20),
    st.sampled_from(list('+-=&|><!(){}[]^"~*?:\\/\x00') + ["AND", "OR", "NOT", "NEAR(", " "]),
)
ANY_TEXT = st.lists(PIECES, max_size=120).map("".join)


@given(ANY_TEXT)
@settings(max_examples=300, deadline=None, derandomize=True)
def test_cleaned_text_has_no_syntax_no_control_characters_and_a_cap(raw):
    text = clean_query(raw)
    assert len(text) <= MAX_QUERY_LENGTH
    assert not SYNTAX_RE.search(text)
    assert all(ch.isprintable() for ch in text)
    assert text == text.strip() and "  " not in text
    assert clean_query(text) == text


@given(ANY_TEXT)
@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@pytest.mark.django_db
def test_the_configured_backend_answers_any_cleaned_text(raw):
    results = get_search_backend().search(clean_query(raw), Page.objects.live())
    assert len(results) >= 0
