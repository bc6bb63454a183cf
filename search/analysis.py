"""Text analysis for the database backend: the same function turns page text into index terms
and a reader's words into query terms, so both sides always agree.

Steps: fold accents and case, split into words, drop stop words, stem with Snowball (Dutch or
English), and add the parts of Dutch compounds (a dictionary decompounder, like OpenSearch's).
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

from .vocabulary_words import (
    DUTCH_COMPOUND_PARTS,
    DUTCH_IRREGULAR,
    DUTCH_STOP_WORDS,
    ENGLISH_STOP_WORDS,
)

WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
MIN_COMPOUND_LENGTH = 7
STOP_WORDS = {"nl": DUTCH_STOP_WORDS, "en": ENGLISH_STOP_WORDS}
STEMMERS = {"nl": "dutch", "en": "english"}


def language_of(language_code):
    return "en" if (language_code or "").startswith("en") else "nl"


def fold(text):
    """Lower case without accents: "Financiën" → "financien"."""
    if not text or text.isascii():
        return (text or "").lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def words(text):
    """The folded words of a text, in order."""
    return WORD_RE.findall(fold(text))


@lru_cache(maxsize=2)
def _stemmer(language):
    return snowballstemmer.stemmer(STEMMERS[language])


@lru_cache(maxsize=50_000)
def stem(word, language="nl"):
    if language == "nl":
        word = DUTCH_IRREGULAR.get(word, word)
    return _stemmer(language).stemWord(word)


@lru_cache(maxsize=50_000)
def compound_parts(word):
    """Stems of the known parts inside a Dutch compound ("ledenwerfactie" → leden, werf, actie)."""
    if len(word) < MIN_COMPOUND_LENGTH:
        return ()
    return tuple(
        sorted({stem(part, "nl") for part in DUTCH_COMPOUND_PARTS if part in word and part != word})
    )


def is_stop_word(word, language="nl"):
    return word in STOP_WORDS[language]


def word_terms(word, language="nl"):
    """Index terms for one folded word: its stem, then the stems of its compound parts."""
    main = stem(word, language)
    if language != "nl":
        return (main,)
    return (main, *(part for part in compound_parts(word) if part != main))


def analyse(text, language="nl"):
    """All index terms of a text, in order and with repeats (for term frequencies)."""
    terms = []
    for word in words(text):
        if len(word) < 2 or is_stop_word(word, language):
            continue
        terms.extend(word_terms(word, language))
    return terms
