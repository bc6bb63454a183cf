"""PostgreSQL's side of the index: each SearchDocument's weighted tsvector (written at index
time: it needs accent folding and the parts of Dutch compounds, which only Python knows) and the
readers' words table that typos are corrected against (pg_trgm)."""

from functools import lru_cache

from django.db import connection, transaction

from ..analysis import MIN_COMPOUND_LENGTH, fold, words
from ..models import ReaderWord, SearchDocument
from ..vocabulary_words import DUTCH_COMPOUND_PARTS, DUTCH_IRREGULAR

CONFIGS = {"nl": "dutch", "en": "english"}
# Trigram similarity is stricter than difflib's ratio: "wervinsplan" → "wervingsplan" is 0.67.
TYPO_SIMILARITY = 0.5
KNOWN_WORD_SIMILARITY = 0.65


def config(language):
    return CONFIGS.get(language, "dutch")


# Index side ---------------------------------------------------------------------------------


@lru_cache(maxsize=50_000)
def part_words(word):
    """The known words inside a Dutch compound ("kandidatenlijst" → kandidaten, lijst)."""
    if len(word) < MIN_COMPOUND_LENGTH:
        return ()
    return tuple(part for part in DUTCH_COMPOUND_PARTS if part in word and part != word)


def regular_form(word, language):
    """The form an irregular Dutch word is indexed under too ("lid" → "leden"), or None."""
    regular = DUTCH_IRREGULAR.get(word, word) if language == "nl" else word
    return regular if regular != word else None


def extra_words(word, language):
    if language != "nl":
        return ()
    regular = regular_form(word, language)
    return (*part_words(word), *((regular,) if regular else ()))


def with_parts(text, language):
    """Folded text followed by the parts of its compounds (and regular forms of irregulars)."""
    folded = fold(text or "").replace("\x00", " ")
    extra = [part for word in words(folded) for part in extra_words(word, language)]
    return folded + " " + " ".join(extra) if extra else folded


def parts_only(text, language):
    return " ".join(part for word in words(text or "") for part in extra_words(word, language))


def vector_texts(document):
    """(config, A, B, C, D) texts of a document's tsvector."""
    language = document.language
    return (
        config(language),
        fold(document.title).replace("\x00", " "),
        with_parts(f"{document.topic_name} {document.keywords}", language)
        + " "
        + parts_only(document.title, language),
        with_parts(document.summary, language),
        with_parts(document.text, language),
    )


VECTOR_SQL = """
UPDATE {table} AS d SET rank_vector = v.head, search_vector = v.head || v.body
FROM (
    SELECT id,
        setweight(to_tsvector(config::regconfig, a), 'A')
        || setweight(to_tsvector(config::regconfig, b), 'B')
        || setweight(to_tsvector(config::regconfig, c), 'C') AS head,
        setweight(to_tsvector(config::regconfig, d), 'D') AS body
    FROM unnest(%s::bigint[], %s::text[], %s::text[], %s::text[], %s::text[], %s::text[])
        AS u(id, config, a, b, c, d)
) AS v
WHERE d.id = v.id
"""


VECTOR_INDEX = "search_document_vector"
# GIN collects new entries in a pending list (cheap to write) that every query scans until it
# is merged; merging once per batch keeps both reindexing and queries fast. Only the index's
# owner may merge; for anyone else autovacuum does it.
CLEAN_SQL = """
SELECT gin_clean_pending_list(c.oid) FROM pg_class c
WHERE c.relname = %s AND c.relkind = 'i' AND pg_has_role(c.relowner, 'USAGE')
"""


def store_vectors(documents, table=None):
    """Write the tsvector of saved documents (one statement per batch)."""
    documents = [document for document in documents if document.pk]
    if not documents:
        return
    table = connection.ops.quote_name(table or SearchDocument._meta.db_table)
    columns = [[document.pk for document in documents]]
    columns += [list(column) for column in zip(*(vector_texts(d) for d in documents), strict=True)]
    with connection.cursor() as cursor:
        cursor.execute(VECTOR_SQL.format(table=table), columns)
        cursor.execute(CLEAN_SQL, [VECTOR_INDEX])


# Typos ----------------------------------------------------------------------------------------


CORRECT_SQL = """
SELECT word FROM {table}
WHERE language = %s AND word %% %s AND similarity(word, %s) >= %s
ORDER BY similarity(word, %s) DESC, abs(length(word) - length(%s)), word
LIMIT 1
"""


def closest_word(language, word, known=False):
    """The reader's word most like a misspelt one (trigram similarity), or None."""
    table = connection.ops.quote_name(ReaderWord._meta.db_table)
    cutoff = KNOWN_WORD_SIMILARITY if known else TYPO_SIMILARITY
    with connection.cursor() as cursor:
        cursor.execute(CORRECT_SQL.format(table=table), [language, word, word, cutoff, word, word])
        row = cursor.fetchone()
    return row[0] if row else None


def word_count(language):
    return ReaderWord.objects.filter(language=language).count()


def sync_words(language, wanted):
    """Make the readers' words table hold exactly these words; returns how many it holds."""
    wanted = {w for w in wanted if len(w) <= 255}
    table = connection.ops.quote_name(ReaderWord._meta.db_table)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"SELECT word FROM {table} WHERE language = %s", [language])
        stored = {row[0] for row in cursor.fetchall()}
        if stored - wanted:
            cursor.execute(
                f"DELETE FROM {table} WHERE language = %s AND word = ANY(%s::text[])",
                [language, sorted(stored - wanted)],
            )
        if wanted - stored:
            cursor.execute(
                f"INSERT INTO {table} (language, word) SELECT %s, unnest(%s::text[]) "
                "ON CONFLICT (language, word) DO NOTHING",
                [language, sorted(wanted - stored)],
            )
    return len(wanted)
