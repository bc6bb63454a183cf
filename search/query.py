"""The query service behind both the search page and the search API."""

from dataclasses import dataclass

from django.utils.translation import get_language
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200


def clean_query(raw):
    """The reader's words without control characters, capped in length."""
    text = "".join(ch if ch.isprintable() else " " for ch in (raw or ""))
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


@dataclass
class PageSearch:
    query: str
    language_code: str | None = None

    def locale(self):
        code = self.language_code or get_language()
        return Locale.objects.filter(language_code=code).first()

    def results(self):
        if not self.query:
            return Page.objects.none()
        pages = Page.objects.live().public().filter(locale=self.locale()).specific()
        return pages.search(self.query, operator="or")
