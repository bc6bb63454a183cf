"""The embedded engine (SQLite, and any database without its own full-text search): ranking
from the project's own postings (SearchTerm), BM25-like per group of the reader's words."""

from collections import Counter, defaultdict

from ..models import SearchTerm
from ..results import idf
from . import database


def score_documents(parsed, language, document_count):
    """{document id: score} and {document id: topic slug} for every matching document."""
    terms = parsed.terms
    rows = list(
        SearchTerm.objects.filter(term__in=terms, document__language=language).values_list(
            "document_id", "term", "weight", "document__topic_slug"
        )
    )
    frequency = Counter(term for _, term, _, _ in rows)
    by_document = defaultdict(dict)
    topics = {}
    for document_id, term, weight, topic_slug in rows:
        by_document[document_id][term] = weight
        topics[document_id] = topic_slug
    scores = {}
    total = max(document_count, 1)
    for document_id, weights in by_document.items():
        score, covered = 0.0, 0
        for group in parsed.groups:
            best = max(
                (
                    idf(total, frequency[t]) * weights[t] * q
                    for t, q in group.items()
                    if t in weights
                ),
                default=0.0,
            )
            if best:
                score += best
                covered += 1
        scores[document_id] = score * (1 + covered / len(parsed.groups)) ** 2
    return database.above_cutoff(scores), topics


def rank(parsed, language, vocabulary, topic=None):
    """A Ranking: ordered document ids (after the topic filter) and topic facet counts."""
    scores, topics = score_documents(parsed, language, vocabulary.document_count)
    return database.ranking(scores, topics, topic)


hits_for = database.hits_for
