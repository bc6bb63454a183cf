"""BM25F from the project's own postings (SearchTerm), shared by the two database engines:
each posting's weight is its frequencies over all fields, weighted and added, then saturated
(search.weights); a document scores the best alternative of each of the reader's words, times
(1 + the share of the words it covers) squared, times its page type's weight."""

from collections import Counter, defaultdict

from ..models import SearchTerm
from ..results import idf


def bm25f_scores(parsed, language, document_count):
    """{document id: score} and {document id: (topic slug, type key)} for every matching
    document; the score is weighted by the document's page type (search.registry)."""
    terms = parsed.terms
    rows = list(
        SearchTerm.objects.filter(term__in=terms, document__language=language).values_list(
            "document_id",
            "term",
            "weight",
            "document__topic_slug",
            "document__type_key",
            "document__boost",
        )
    )
    frequency = Counter(row[1] for row in rows)
    by_document = defaultdict(dict)
    facts, boosts = {}, {}
    for document_id, term, weight, topic_slug, type_key, boost in rows:
        by_document[document_id][term] = weight
        facts[document_id] = (topic_slug, type_key)
        boosts[document_id] = boost
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
        coverage = (1 + covered / len(parsed.groups)) ** 2
        scores[document_id] = score * coverage * boosts[document_id]
    return scores, facts
