"""The readers' index's `terms` field: a document's postings (search.weights) as OpenSearch
scores them. Each term is repeated by its weighted frequency over all fields, so BM25 on this
one field, with the postings' saturation and no length norm, is the embedded engine's BM25F."""

from ..models import SearchTerm
from ..weights import SATURATION, unsaturate

# Each posting's weighted frequency, doubled, is how often its term is repeated in `terms`
# (title 6 → 12); BM25 with k1 = 2 × the embedded engine's saturation and no length norm then
# scores a term as the embedded engine does.
TERM_REPEAT = 2
TERMS_SIMILARITY = {"type": "BM25", "k1": TERM_REPEAT * SATURATION, "b": 0.0}
MAX_REPEAT = 1000
TERMS_ANALYZER = {"type": "custom", "tokenizer": "whitespace", "filter": []}
TERMS_FIELD = {
    "type": "text",
    "analyzer": "kp_terms",
    "similarity": "kp_bm25f",
    "norms": False,
    "index_options": "freqs",
}


def term_frequencies(document_ids):
    """{document id: {term: weighted frequency}} from the postings (their saturated weights
    turned back into the weighted frequencies they came from)."""
    found = {}
    rows = SearchTerm.objects.filter(document_id__in=list(document_ids))
    for document_id, term, weight in rows.values_list("document_id", "term", "weight"):
        found.setdefault(document_id, {})[term] = unsaturate(weight)
    return found


def terms_text(frequencies):
    repeated = []
    for term, frequency in sorted(frequencies.items()):
        count = min(MAX_REPEAT, max(1, round(frequency * TERM_REPEAT)))
        repeated.append(" ".join([term] * count))
    return " ".join(repeated)
