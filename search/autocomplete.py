"""Title suggestions from the first letters a reader types."""

from django.db.models import Q
from wagtail.models import Page

from .analysis import fold
from .models import SearchDocument

MIN_LETTERS = 2
LIMIT = 8


def suggest_titles(text, language, limit=LIMIT):
    """Live, public pages whose title has a word starting with the text, starts first."""
    text = " ".join(text.split())
    if len(text) < MIN_LETTERS:
        return []
    variants = {text, fold(text)}
    condition = Q()
    for variant in variants:
        condition |= Q(title__istartswith=variant) | Q(title__icontains=f" {variant}")
        condition |= Q(title__icontains=f"-{variant}")
    documents = SearchDocument.objects.filter(condition, language=language).values_list(
        "page_id", "title"
    )[:200]
    folded = fold(text)
    ranked = sorted(documents, key=lambda row: (not fold(row[1]).startswith(folded), row[1]))
    ids = [page_id for page_id, _ in ranked[:limit]]
    pages = Page.objects.live().public().filter(id__in=ids).in_bulk()
    return [pages[page_id] for page_id in ids if page_id in pages]
