from django.utils.translation import gettext_lazy as _
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
