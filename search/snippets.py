"""Highlighted snippets for the database backend, built from the page's own text."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .analysis import fold, word_terms

TOKEN_RE = re.compile(r"\w+|\W+", re.UNICODE)
WINDOW = 32


def matches(token, terms, language):
    word = fold(token)
    if not word.strip() or not word[0].isalnum():
        return False
    return any(term in terms for term in word_terms(word, language))


def snippet(text, terms, language, window=WINDOW):
    """About `window` words of text around the densest cluster of matches, matches in <mark>."""
    tokens = TOKEN_RE.findall(text or "")
    word_positions = [i for i, token in enumerate(tokens) if token[0].isalnum()]
    if not word_positions:
        return mark_safe("")
    hits = [matches(tokens[i], terms, language) for i in word_positions]
    best_start, best_count = 0, -1
    running = sum(hits[:window])
    for start in range(0, max(1, len(hits) - window + 1)):
        if start:
            running += (hits[start + window - 1] if start + window - 1 < len(hits) else 0) - hits[
                start - 1
            ]
        if running > best_count:
            best_start, best_count = start, running
    first = word_positions[best_start]
    last_index = min(best_start + window, len(word_positions)) - 1
    last = word_positions[last_index]
    parts = []
    for i in range(first, last + 1):
        token = tokens[i]
        if token[0].isalnum() and hits[word_positions.index(i)]:
            parts.append(f"<mark>{escape(token)}</mark>")
        else:
            parts.append(escape(token))
    prefix = "… " if first > 0 else ""
    suffix = " …" if last < word_positions[-1] else ""
    return mark_safe(prefix + "".join(parts).strip() + suffix)
