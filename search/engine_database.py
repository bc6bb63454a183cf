"""Ranking on the database backend (SQLite or PostgreSQL) from the SearchTerm postings."""

from collections import Counter, defaultdict

from .documents import idf
from .models import SearchDocument, SearchTerm
from .results import Hit, Ranking
from .snippets import snippet

RELATIVE_CUTOFF = 0.12


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
    if scores:
        floor = max(scores.values()) * RELATIVE_CUTOFF
        scores = {key: value for key, value in scores.items() if value >= floor}
    return scores, topics


def rank(parsed, language, vocabulary, topic=None):
    """A Ranking: ordered document ids (after the topic filter) and topic facet counts."""
    scores, topics = score_documents(parsed, language, vocabulary.document_count)
    facets = Counter(topics[d] for d in scores if topics[d])
    ordered = sorted(scores, key=lambda d: -scores[d])
    if topic:
        ordered = [d for d in ordered if topics[d] == topic]
    return Ranking(ids=ordered, facets=dict(facets))


def hits_for(document_ids, parsed, language):
    """Hits (page id, snippet, topic) for one page of results, in the given order."""
    documents = SearchDocument.objects.in_bulk(document_ids)
    terms = parsed.terms
    found = []
    for document_id in document_ids:
        document = documents.get(document_id)
        if document is None:
            continue
        found.append(
            Hit(
                page_id=document.page_id,
                file_id=document.file_id,
                snippet=best_snippet(document, terms, language),
                topic_slug=document.topic_slug,
                topic_name=document.topic_name,
            )
        )
    return found


def best_snippet(document, terms, language):
    summary = snippet(document.summary, terms, language, window=60)
    if "<mark>" in summary:
        return summary
    body = snippet(document.text, terms, language)
    return body if "<mark>" in body else summary
