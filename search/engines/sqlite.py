"""The embedded engine (SQLite, and any database without its own full-text search): ranking
by BM25F from the project's own postings (search.engines.postings)."""

from . import database
from .postings import bm25f_scores


def score_documents(parsed, language, document_count):
    """{document id: score} and {document id: (topic slug, type key)} for every matching
    document above the relative cut-off."""
    scores, facts = bm25f_scores(parsed, language, document_count)
    return database.above_cutoff(scores), facts


def rank(parsed, language, vocabulary, topic=None, type_key=None):
    """A Ranking: ordered document ids (after the filters) and topic and type facet counts."""
    scores, facts = score_documents(parsed, language, vocabulary.document_count)
    return database.ranking(scores, facts, topic, type_key)


hits_for = database.hits_for
