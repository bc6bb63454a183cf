"""Ranking on PostgreSQL: full text search with its `dutch` (or `english`) configuration.

Every SearchDocument carries a weighted tsvector (A title; B topic, keywords and the parts of
title compounds; C summary; D body), written at index time because it needs what only Python
knows: accent-folded text and the parts of Dutch compounds (`dutch` does not split them).

A reader's words become one group of tsqueries per word (the word, a prefix, its compound
parts, its synonyms, its correction). The groups are OR-ed, so no word can turn a question into
zero results, and each document scores per group, so covering more of the question ranks
higher. Typos are corrected against the readers' words by trigram similarity (pg_trgm).
"""

from collections import Counter
from functools import lru_cache

from django.db import connection, transaction

from . import engine_database
from .analysis import MIN_COMPOUND_LENGTH, fold, is_stop_word, words
from .models import ReaderWord, SearchDocument
from .query import CORRECTION, EXACT, MAX_WORDS, PART, PREFIX, SYNONYM, synonym_matches
from .results import Ranking
from .vocabulary_words import DUTCH_COMPOUND_PARTS, DUTCH_IRREGULAR

CONFIGS = {"nl": "dutch", "en": "english"}
# ts_rank weights for D (body), C (summary), B (topic, keywords, title parts), A (title).
RANK_WEIGHTS = [0.05, 0.3, 0.5, 1.0]
# Ranking reads `rank_vector` (A-C only: small, never toasted); a match in the body alone
# scores what ts_rank gives one D occurrence, so the long body vector is never read per query.
BODY_RANK = RANK_WEIGHTS[0] / 1.6449
RELATIVE_CUTOFF = engine_database.RELATIVE_CUTOFF
MIN_PREFIX_LENGTH = 4
# Trigram similarity is stricter than difflib's ratio: "wervinsplan" → "wervingsplan" is 0.67.
TYPO_SIMILARITY = 0.5
KNOWN_WORD_SIMILARITY = 0.65
_lexemes = {}


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


# Query side ---------------------------------------------------------------------------------


def alternatives(parsed, vocabulary):
    """Per group of the parsed query, [(words, weight, prefix)]: what may match for that word.

    The groups follow search.query.parse one to one (same words, same synonym matching), but
    keep readers' words instead of Snowball stems: PostgreSQL stems them with its own config.
    """
    language = parsed.language
    all_words = words(parsed.text)[:MAX_WORDS]
    content = [w for w in all_words if len(w) > 1 and not is_stop_word(w, language)]
    if not content:
        content = [w for w in all_words if len(w) > 1]
    groups, positions = [], {}
    for word in content:
        group = [((word,), EXACT, False), ((word,), PREFIX, True)]
        if language == "nl":
            group += [((part,), PART, False) for part in part_words(word)]
        if regular_form(word, language):
            group.append(((regular_form(word, language),), EXACT, False))
        if word in parsed.corrections:
            group.append(((parsed.corrections[word],), CORRECTION, False))
        positions.setdefault(word, len(groups))
        groups.append(group)
    for target, other in synonym_matches(all_words, positions, language, vocabulary):
        groups[target].append((tuple(other), SYNONYM, False))
    return groups


def lexemes(all_words, language):
    """{word: lexemes} as PostgreSQL's config stems them (stop words have none); cached."""
    cfg = config(language)
    missing = [w for w in set(all_words) if (cfg, w) not in _lexemes]
    if missing:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT w, tsvector_to_array(to_tsvector(%s::regconfig, w)) "
                "FROM unnest(%s::text[]) AS w",
                [cfg, missing],
            )
            rows = cursor.fetchall()
        if len(_lexemes) > 50_000:
            _lexemes.clear()
        for word, found in rows:
            _lexemes[(cfg, word)] = tuple(found or ())
    return {w: _lexemes.get((cfg, w), ()) for w in all_words}


def quote(lexeme):
    """A lexeme as a tsquery operand: quoted, so no character is read as an operator."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery(phrase, prefix, stemmed):
    """'a' & 'b' for a phrase, 'a':* for a prefix, or None when nothing is left to match."""
    found = [lexeme for word in phrase for lexeme in stemmed[word]]
    if not found:
        return None
    if prefix:
        if len(found) != 1 or len(found[0]) < MIN_PREFIX_LENGTH:
            return None
        return quote(found[0]) + ":*"
    return " & ".join(quote(lexeme) for lexeme in dict.fromkeys(found))


def group_queries(parsed, vocabulary):
    """[(group number, tsquery text, weight)], best weight per distinct tsquery in a group."""
    groups = alternatives(parsed, vocabulary)
    stemmed = lexemes(
        [w for group in groups for phrase, _, _ in group for w in phrase], parsed.language
    )
    rows = []
    for number, group in enumerate(groups):
        best = {}
        for phrase, weight, prefix in group:
            text = tsquery(phrase, prefix, stemmed)
            if text and weight > best.get(text, 0):
                best[text] = weight
        rows.extend((number, text, weight) for text, weight in best.items())
    return rows


RANK_SQL = """
WITH q AS (
    SELECT * FROM unnest(%(groups)s::int[], %(queries)s::tsquery[], %(boosts)s::float8[])
        WITH ORDINALITY AS q(grp, query, boost, alternative)
),
matched AS (
    SELECT d.id, d.topic_slug, q.grp, q.alternative,
        greatest(ts_rank(%(weights)s::float4[], d.rank_vector, q.query), %(body)s)
            * q.boost AS score
    FROM {table} d JOIN q ON d.search_vector @@ q.query
    WHERE d.language = %(language)s
),
weighted AS (
    SELECT id, topic_slug, grp, score * ln(1 + (%(total)s - df + 0.5) / (df + 0.5)) AS score
    FROM (SELECT *, count(*) OVER (PARTITION BY alternative) AS df FROM matched) counted
),
best AS (
    SELECT id, topic_slug, grp, max(score) AS score FROM weighted GROUP BY id, topic_slug, grp
)
SELECT id, topic_slug, sum(score), count(*) FROM best GROUP BY id, topic_slug
"""


def rank_query(parsed, language, vocabulary):
    """(SQL, parameters, number of groups) of a parsed query, or None when nothing can match."""
    rows = group_queries(parsed, vocabulary)
    if not rows:
        return None
    params = {
        "groups": [number for number, _, _ in rows],
        "queries": [text for _, text, _ in rows],
        "boosts": [weight for _, _, weight in rows],
        "weights": RANK_WEIGHTS,
        "body": BODY_RANK,
        "language": language,
        "total": max(vocabulary.document_count, 1),
    }
    table = connection.ops.quote_name(SearchDocument._meta.db_table)
    return RANK_SQL.format(table=table), params, len(set(params["groups"]))


def score_documents(parsed, language, vocabulary):
    """{document id: score} and {document id: topic slug} for every matching document."""
    query = rank_query(parsed, language, vocabulary)
    if query is None:
        return {}, {}
    sql, params, group_count = query
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        found = cursor.fetchall()
    scores, topics = {}, {}
    for document_id, topic_slug, score, covered in found:
        scores[document_id] = score * (1 + covered / group_count) ** 2
        topics[document_id] = topic_slug
    if scores:
        floor = max(scores.values()) * RELATIVE_CUTOFF
        scores = {key: value for key, value in scores.items() if value >= floor}
    return scores, topics


def rank(parsed, language, vocabulary, topic=None):
    """A Ranking: ordered document ids (after the topic filter) and topic facet counts."""
    scores, topics = score_documents(parsed, language, vocabulary)
    facets = Counter(topics[d] for d in scores if topics[d])
    ordered = sorted(scores, key=lambda d: (-scores[d], d))
    if topic:
        ordered = [d for d in ordered if topics[d] == topic]
    return Ranking(ids=ordered, facets=dict(facets))


def hits_for(document_ids, parsed, language):
    return engine_database.hits_for(document_ids, parsed, language)


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
