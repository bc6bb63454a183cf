"""What the two database engines (SQLite and PostgreSQL) share: the relative cut-off, the
ordering with the topic facet, and hits with snippets built from the SearchDocument's text."""

from collections import Counter

from ..models import SearchDocument
from ..results import Hit, Ranking
from ..snippets import snippet

RELATIVE_CUTOFF = 0.12


def above_cutoff(scores):
    """Documents scoring at least a fraction of the best: weak matches add noise, not answers."""
    if not scores:
        return scores
    floor = max(scores.values()) * RELATIVE_CUTOFF
    return {key: value for key, value in scores.items() if value >= floor}


def ranking(scores, topics, topic=None):
    """A Ranking: ids best first (ties by id, so the order is stable), after the topic filter;
    topic facet counts before it."""
    facets = Counter(topics[d] for d in scores if topics[d])
    ordered = sorted(scores, key=lambda d: (-scores[d], d))
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
