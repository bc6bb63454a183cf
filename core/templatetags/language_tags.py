from django import template
from wagtail.models import Page

from core import i18n

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """The language switcher's links for this page (see core.i18n.language_links)."""
    page = page if isinstance(page, Page) else None  # e.g. a search results page is not
    return i18n.language_links(page, context.get("request"))


@register.simple_tag(takes_context=True)
def page_alternates(context, page=None):
    """[(hreflang, url)] for <link rel="alternate"> tags."""
    if not isinstance(page, Page):
        return []
    return i18n.alternates(page, context.get("request"))
