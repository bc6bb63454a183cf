"""What the two database engines (SQLite and PostgreSQL) share: the relative cut-off, the
ordering with the topic facet, and hits with snippets built from the SearchDocument's text."""

from collections import Counter

from ..models import SearchDocument
from ..results import Hit, Ranking
from ..snippets import snippet

# Scores stretch with the saturation of the postings (search.weights): at 40 a page that
# is about a question scores up to 41 per word, one that names it once about 1.
RELATIVE_CUTOFF = 0.04


def above_cutoff(scores):
    """Documents scoring at least a fraction of the best: weak matches add noise, not answers."""
    if not scores:
        return scores
    floor = max(scores.values()) * RELATIVE_CUTOFF
    return {key: value for key, value in scores.items() if value >= floor}


def ranking(scores, facts, topic=None, type_key=None):
    """A Ranking: ids best first (ties by id, so the order is stable), after the topic and type
    filters. Each facet counts with the other facet's filter applied, not its own, so a reader
    sees how many results choosing another value would give. `facts`: {id: (topic, type)}."""
    ordered = sorted(scores, key=lambda d: (-scores[d], d))
    in_topic = [d for d in ordered if not topic or facts[d][0] == topic]
    of_type = [d for d in ordered if not type_key or facts[d][1] == type_key]
    topics = Counter(facts[d][0] for d in of_type if facts[d][0])
    types = Counter(facts[d][1] for d in in_topic if facts[d][1])
    kept = [d for d in in_topic if not type_key or facts[d][1] == type_key]
    return Ranking(ids=kept, facets=dict(topics), type_facets=dict(types))


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
                type_key=document.type_key,
                date=document.date,
            )
        )
    return found


def best_snippet(document, terms, language):
    summary = snippet(document.summary, terms, language, window=60)
    if "<mark>" in summary:
        return summary
    body = snippet(document.text, terms, language)
    return body if "<mark>" in body else summary
