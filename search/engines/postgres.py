"""Ranking on PostgreSQL: the embedded engine's BM25F score over the postings (search.weights,
search.engines.postings), plus PostgreSQL's own full text search with its `dutch` (or `english`)
configuration, which finds what only its stemming, prefixes and compound parts match.

Every SearchDocument carries a weighted tsvector (A title; B topic, keywords and the parts of
title compounds; C summary; D body), written at index time (postgres_index).

A reader's words become one group of tsqueries per word (the word, a prefix, its compound
parts, its synonyms, its correction). The groups are OR-ed, so no word can turn a question into
zero results, and each document scores per group, so covering more of the question ranks
higher. Typos are corrected against the readers' words by trigram similarity (pg_trgm).
"""

from django.db import connection

from ..analysis import is_stop_word, words
from ..models import SearchDocument
from ..query import CORRECTION, EXACT, MAX_WORDS, PART, PREFIX, SYNONYM, synonym_matches
from . import database
from .postgres_index import config, part_words, regular_form
from .postings import bm25f_scores

# ts_rank weights for D (body), C (summary), B (topic, keywords, title parts), A (title).
RANK_WEIGHTS = [0.05, 0.3, 0.5, 1.0]
# Ranking reads `rank_vector` (A-C only: small, never toasted); a match in the body alone
# scores what ts_rank gives one D occurrence, so the long body vector is never read per query.
BODY_RANK = RANK_WEIGHTS[0] / 1.6449
MIN_PREFIX_LENGTH = 4
# PostgreSQL's own rank, added to the BM25F score of the postings (a title match scores about
# 1 here and about 5 there).
RANK_SHARE = 1.0
_lexemes = {}


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
    SELECT d.id, d.topic_slug, d.type_key, d.boost, q.grp, q.alternative,
        greatest(ts_rank(%(weights)s::float4[], d.rank_vector, q.query), %(body)s)
            * q.boost AS score
    FROM {table} d JOIN q ON d.search_vector @@ q.query
    WHERE d.language = %(language)s
),
weighted AS (
    SELECT id, topic_slug, type_key, boost, grp,
        score * ln(1 + (%(total)s - df + 0.5) / (df + 0.5)) AS score
    FROM (SELECT *, count(*) OVER (PARTITION BY alternative) AS df FROM matched) counted
),
best AS (
    SELECT id, topic_slug, type_key, boost, grp, max(score) AS score
    FROM weighted GROUP BY id, topic_slug, type_key, boost, grp
)
SELECT id, topic_slug, type_key, boost, sum(score), count(*)
FROM best GROUP BY id, topic_slug, type_key, boost
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
    """{document id: score} and {document id: (topic slug, type key)} for every matching
    document: the embedded engine's BM25F score over the postings plus PostgreSQL's own rank,
    each weighted by the document's page type (search.registry).

    The BM25F part counts how much of a document's text is about the question; ts_rank alone
    saturates after the first occurrences and weighs the title twenty times the body, so 2,000
    generated guides whose titles repeated a question's words pushed the answers out of the
    top three. PostgreSQL's part still finds what only its own stemming, prefixes and compound
    parts match."""
    scores, facts = bm25f_scores(parsed, language, vocabulary.document_count)
    query = rank_query(parsed, language, vocabulary)
    if query is None:
        return database.above_cutoff(scores), facts
    sql, params, group_count = query
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        found = cursor.fetchall()
    for document_id, topic_slug, type_key, boost, score, covered in found:
        own = score * (1 + covered / group_count) ** 2 * boost
        scores[document_id] = scores.get(document_id, 0.0) + RANK_SHARE * own
        facts[document_id] = (topic_slug, type_key)
    return database.above_cutoff(scores), facts


def rank(parsed, language, vocabulary, topic=None, type_key=None):
    """A Ranking: ordered document ids (after the filters) and topic and type facet counts."""
    scores, facts = score_documents(parsed, language, vocabulary)
    return database.ranking(scores, facts, topic, type_key)


hits_for = database.hits_for
