"""Readers' input → a parsed query: cleaned text, one group of weighted terms per word.

Every word becomes a group (its stem, its compound parts, known terms it is a prefix of, the
terms of its synonyms, and a correction when it is misspelt). A document scores per group, so
ranking rewards covering more of the question and no word can turn it into zero results.
"""

import re
from dataclasses import dataclass, field

from .analysis import compound_parts, is_stop_word, stem, words

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
SYNTAX_RE = re.compile(r'[+\-=&|><!(){}\[\]^"~*?:\\/]+')

EXACT, PART, PREFIX, SYNONYM, CORRECTION = 1.0, 0.6, 0.5, 0.8, 0.9


def clean_query(raw):
    """The reader's words: no control characters or query syntax, whitespace collapsed, capped."""
    text = "".join(ch if ch.isprintable() else " " for ch in str(raw or ""))
    text = SYNTAX_RE.sub(" ", text[: MAX_QUERY_LENGTH * 4])
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


@dataclass
class ParsedQuery:
    text: str
    language: str
    groups: list = field(default_factory=list)
    corrections: dict = field(default_factory=dict)
    unknown_words: list = field(default_factory=list)
    synonym_phrases: list = field(default_factory=list)

    @property
    def terms(self):
        return {term for group in self.groups for term in group}

    @property
    def suggestion(self):
        if not self.corrections:
            return None
        return " ".join(self.corrections.get(word, word) for word in words(self.text))

    @property
    def is_empty(self):
        return not self.groups


def add(group, term, weight):
    if term and weight > group.get(term, 0):
        group[term] = weight


def word_group(word, language, vocabulary):
    group = {}
    main = stem(word, language)
    add(group, main, EXACT)
    parts = compound_parts(word) if language == "nl" else ()
    for part in parts:
        add(group, part, PART)
    known = vocabulary.knows(main) or any(vocabulary.knows(part) for part in parts)
    if len(main) >= 4:
        for term in vocabulary.with_prefix(main):
            add(group, term, PREFIX)
    return group, known


def parse(text, language, vocabulary):
    """A ParsedQuery for cleaned text, using one language's vocabulary."""
    query = ParsedQuery(text=text, language=language)
    all_words = words(text)[:MAX_WORDS]
    content = [w for w in all_words if len(w) > 1 and not is_stop_word(w, language)]
    if not content:
        content = [w for w in all_words if len(w) > 1]
    positions = {}
    for word in content:
        group, known = word_group(word, language, vocabulary)
        if not known:
            query.unknown_words.append(word)
        correction = vocabulary.correct(word) if not known else vocabulary.correct(word, 0.9)
        if correction and (not known or stem(correction, language) != stem(word, language)):
            query.corrections[word] = correction
            for term in vocabulary.terms_of([correction]):
                add(group, term, CORRECTION)
        positions.setdefault(word, len(query.groups))
        query.groups.append(group)
    expand_synonyms(query, all_words, positions, vocabulary)
    return query


def synonym_matches(all_words, positions, language, vocabulary):
    """(group position, other phrase) for every synonym phrase found in the reader's words: the
    other phrases of its group join the group of the first content word it covers."""
    stems = [stem(w, language) for w in all_words]
    for synonym_group in vocabulary.synonyms:
        for phrase_stems, _phrase in synonym_group:
            start = find(stems, phrase_stems)
            if start is None:
                continue
            span = all_words[start : start + len(phrase_stems)]
            target = next((positions[w] for w in span if w in positions), None)
            if target is None:
                continue
            for other_stems, other in synonym_group:
                if other_stems != phrase_stems:
                    yield target, other


def expand_synonyms(query, all_words, positions, vocabulary):
    for target, other in synonym_matches(all_words, positions, query.language, vocabulary):
        query.synonym_phrases.append(" ".join(other))
        for term in vocabulary.terms_of(other):
            add(query.groups[target], term, SYNONYM)


def find(sequence, part):
    size = len(part)
    for start in range(len(sequence) - size + 1):
        if tuple(sequence[start : start + size]) == part:
            return start
    return None
