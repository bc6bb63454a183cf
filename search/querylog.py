"""Readers' queries for the editors: Wagtail's popular-queries report and unanswered queries."""

from django.db import IntegrityError, transaction
from django.db.models import F
from wagtail.contrib.search_promotions.models import Query
from wagtail.search.utils import MAX_QUERY_STRING_LENGTH

from .models import UnansweredQuery


def record(query_string, language, count):
    """Count a search (first result page only); remember it when nothing was found."""
    if not query_string:
        return
    query_string = query_string[:MAX_QUERY_STRING_LENGTH]
    Query.get(query_string).add_hit()
    if count:
        return
    normalised = Query.get(query_string).query_string[:255]
    updated = UnansweredQuery.objects.filter(query_string=normalised, language=language).update(
        hits=F("hits") + 1
    )
    if not updated:
        try:
            with transaction.atomic():
                UnansweredQuery.objects.create(query_string=normalised, language=language, hits=1)
        except IntegrityError:
            pass


def promotions(query_string):
    """Editors' pinned results for a query: live pages and external links, in their order."""
    if not query_string:
        return []
    query = Query.objects.filter(query_string=Query.get(query_string).query_string).first()
    if query is None:
        return []
    picks = query.editors_picks.select_related("page")
    return [pick for pick in picks if pick.page is None or pick.page.live]
