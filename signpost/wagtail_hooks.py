from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Resource


class ResourceViewSet(SnippetViewSet):
    model = Resource
    icon = "link"
    menu_label = _("Bronnen")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["title", "organisation", "kind", "language", "date_checked"]
    list_filter = ["kind", "language"]
    search_fields = ["title", "organisation", "description"]


register_snippet(ResourceViewSet)
