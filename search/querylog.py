"""Readers' queries for the editors: Wagtail's popular-queries report and unanswered queries.

Searches are counted in memory and written in one batch at most every SEARCH_LOG_FLUSH_INTERVAL
seconds (after the response of the request that crosses it, and when the process exits), so a
search answered from the response cache needs no database at all. 0 writes after every request.
"""

import atexit
import logging
import threading
import time
from collections import Counter

from django.conf import settings
from django.core.signals import request_finished
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import MAX_QUERY_STRING_LENGTH

from .models import UnansweredQuery

logger = logging.getLogger("search")

_pending = Counter()  # (query string, language, found anything) -> searches not yet written
_lock = threading.Lock()
_last_flush = [time.monotonic()]


def count(query_string, language, result_count):
    """Count a search (first result page only) for the next batch."""
    if not query_string:
        return
    with _lock:
        _pending[(query_string[:MAX_QUERY_STRING_LENGTH], language, bool(result_count))] += 1


def pending():
    with _lock:
        return sum(_pending.values())


def flush():
    """Write the counted searches: hits per query and day, and the queries nothing answered."""
    with _lock:
        batch = list(_pending.items())
        _pending.clear()
        _last_flush[0] = time.monotonic()
    for (query_string, language, found), hits in batch:
        record(query_string, language, found, hits)


def flush_when_due(**kwargs):
    if _pending and time.monotonic() - _last_flush[0] >= settings.SEARCH_LOG_FLUSH_INTERVAL:
        flush_safely()


def flush_safely():
    try:
        flush()
    except Exception:  # noqa: BLE001 - the reader has the answer; a lost count must not fail it
        logger.exception("Could not write the search statistics")


def record(query_string, language, found, hits=1):
    query = Query.get(query_string)
    daily, _ = QueryDailyHits.objects.get_or_create(query=query, date=timezone.now().date())
    QueryDailyHits.objects.filter(pk=daily.pk).update(hits=F("hits") + hits)
    if found:
        return
    normalised = query.query_string[:255]
    updated = UnansweredQuery.objects.filter(query_string=normalised, language=language).update(
        hits=F("hits") + hits
    )
    if not updated:
        try:
            with transaction.atomic():
                UnansweredQuery.objects.create(
                    query_string=normalised, language=language, hits=hits
                )
        except IntegrityError:
            UnansweredQuery.objects.filter(query_string=normalised, language=language).update(
                hits=F("hits") + hits
            )


def connect():
    request_finished.connect(flush_when_due, dispatch_uid="search_querylog_flush")
    atexit.register(flush_safely)


def promotions(query_string):
    """Editors' pinned results for a query: live pages and external links, in their order."""
    if not query_string:
        return []
    query = Query.objects.filter(query_string=Query.get(query_string).query_string).first()
    if query is None:
        return []
    picks = query.editors_picks.select_related("page")
    return [pick for pick in picks if pick.page is None or pick.page.live]
