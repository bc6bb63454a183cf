"""How much a term weighs in a document (the postings' weights, on every engine)."""

from collections import Counter

from .analysis import analyse

# BM25F: a term's frequencies in all fields are weighted and added before they saturate, so a
# title match speeds a page up but cannot by itself outrank a page whose text is about the
# question (with field-by-field saturation, 2,000 generated guides whose titles happened to
# repeat a question's words pushed the guide that answers it out of the top three).
SATURATION = 40.0


def saturate(frequency):
    return frequency * (SATURATION + 1) / (frequency + SATURATION)


def unsaturate(weight):
    """The weighted frequency a saturated weight came from (saturate's inverse)."""
    return SATURATION * weight / max(SATURATION + 1 - weight, 1e-9)


def weighted_terms(parts, language):
    frequencies = Counter()
    for text, weight in parts:
        for term, frequency in Counter(analyse(text, language)).items():
            frequencies[term] += weight * frequency
    return Counter({term: saturate(frequency) for term, frequency in frequencies.items()})
