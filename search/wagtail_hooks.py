from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Synonym, UnansweredQuery


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "list-ul"
    menu_label = _("Synoniemen")
    list_display = ["terms", "language", "updated_at"]
    list_filter = ["language"]
    search_fields = ["terms"]


class UnansweredQueryViewSet(SnippetViewSet):
    """Read-only report: readers' queries that found nothing, most frequent first."""

    model = UnansweredQuery
    icon = "warning"
    menu_label = _("Zoekopdrachten zonder resultaat")
    list_display = ["query_string", "language", "hits", "last_searched"]
    list_filter = ["language"]
    ordering = ["-hits", "-last_searched"]
    inspect_view_enabled = True


register_snippet(SynonymViewSet)
register_snippet(UnansweredQueryViewSet)


@hooks.register("site_search")
def site_search(query, language, limit):
    """The site search for other apps (the helpdesk's suggestions), which may not import
    search: fn(query, language, limit) -> [{title, url, snippet}]."""
    from django.utils.html import strip_tags

    from .service import SearchInputError, SearchRequest, search

    try:
        response = search(SearchRequest.from_raw(query, language, per_page=limit))
    except SearchInputError:
        return []
    results = []
    for hit in response.hits[:limit]:
        if hit.is_file:
            title, url = hit.file.title, hit.file.url
        else:
            title, url = hit.page.title, hit.page.url
        results.append({"title": title, "url": url, "snippet": strip_tags(hit.snippet)})
    return results
