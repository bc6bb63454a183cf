"""Per-language caches derived from the index: known terms, readers' words, synonym groups.

Each cache is rebuilt when the index or the synonyms change (a cheap version check per query),
so an editor's new synonym or a newly published guide counts from the next search on.
"""

import bisect
import difflib
import threading

from django.db import connection
from django.db.models import Count, Max

from .analysis import analyse, is_stop_word, stem, words
from .models import SearchDocument, SearchTerm, Synonym

MIN_SUGGESTION_LENGTH = 4
_cache = {}
_lock = threading.Lock()


def index_version():
    documents = SearchDocument.objects.aggregate(n=Count("id"), at=Max("indexed_at"))
    synonyms = Synonym.objects.aggregate(n=Count("id"), at=Max("updated_at"))
    return (documents["n"], documents["at"], synonyms["n"], synonyms["at"])


class Vocabulary:
    """What one language's index knows, built once per index version."""

    def __init__(self, language):
        self.language = language
        documents = SearchDocument.objects.filter(language=language)
        self.document_count = documents.count()
        self.terms = sorted(
            set(
                SearchTerm.objects.filter(document__language=language)
                .values_list("term", flat=True)
                .distinct()
            )
        )
        self._term_set = set(self.terms)
        self.words = sorted(self._reader_words(documents))
        self._word_set = set(self.words)
        self.synonyms = self._synonym_groups()

    def _reader_words(self, documents):
        found = set()
        rows = documents.values_list("title", "summary", "topic_name", "keywords")
        for row in rows:
            for word in words(" ".join(row)):
                if len(word) >= MIN_SUGGESTION_LENGTH and not is_stop_word(word, self.language):
                    found.add(word)
        for group in Synonym.objects.filter(language=self.language):
            for phrase in group.phrases:
                found.update(word for word in phrase if len(word) >= MIN_SUGGESTION_LENGTH)
        return found

    def _synonym_groups(self):
        groups = []
        for synonym in Synonym.objects.filter(language=self.language):
            phrases = synonym.phrases
            if len(phrases) > 1:
                groups.append(
                    [(tuple(stem(w, self.language) for w in phrase), phrase) for phrase in phrases]
                )
        return groups

    def knows(self, term):
        return term in self._term_set

    def with_prefix(self, prefix, limit=10):
        start = bisect.bisect_left(self.terms, prefix)
        found = []
        for term in self.terms[start : start + limit + 1]:
            if not term.startswith(prefix):
                break
            if term != prefix:
                found.append(term)
        return found[:limit]

    def correct(self, word, cutoff=0.78):
        """The closest known reader's word for a misspelt word, or None."""
        if len(word) < MIN_SUGGESTION_LENGTH or word in self._word_set:
            return None
        if connection.vendor == "postgresql":
            from .engines.postgres_index import closest_word

            return closest_word(self.language, word, known=cutoff > 0.78)
        matches = difflib.get_close_matches(word, self.words, n=1, cutoff=cutoff)
        return matches[0] if matches else None

    def terms_of(self, phrase):
        return analyse(" ".join(phrase), self.language)


def vocabulary(language):
    version = index_version()
    postgres = connection.vendor == "postgresql"
    if postgres:
        from .engines import postgres_index

        # The readers' words table (typo lookups) follows the vocabulary it was built from.
        version += (postgres_index.word_count(language),)
    key = (language, version)
    with _lock:
        cached = _cache.get(language)
        if cached and cached[0] == key:
            return cached[1]
    built = Vocabulary(language)
    if postgres:
        key = (language, (*version[:-1], postgres_index.sync_words(language, built.words)))
    with _lock:
        _cache[language] = (key, built)
    return built
