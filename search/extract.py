"""What a page or file says, read from its declarations: the text of its Wagtail search
fields, its summary and its headings (heading blocks and the titles of titled blocks)."""

from django.utils.html import strip_tags
from modelsearch import index
from wagtail.fields import StreamField

KEYWORD_WEIGHT = 3.0
SKIPPED_FIELDS = {"title", "title_edgengrams"}
SUMMARY_FIELDS = ("summary", "intro", "search_description")
HEADING_BLOCKS = {"heading"}


def field_text(page, field):
    """A search field's text; Wagtail already turns stream and rich text into plain parts."""
    value = field.get_value(page)
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(strip_tags(str(part)) for part in value)
    return strip_tags(str(value))


def related_text(page, field):
    value = field.get_value(page)
    if value is None:
        return ""
    objects = value.all() if hasattr(value, "all") else [value]
    parts = []
    for obj in objects:
        for sub in field.fields:
            if isinstance(sub, index.SearchField):
                parts.append(str(getattr(obj, sub.field_name, "") or ""))
    return " ".join(parts)


def page_fields(page):
    """(text, weight, kind) for every searchable field of a page; kind is body or keywords."""
    for field in page.get_search_fields():
        if isinstance(field, index.RelatedFields):
            yield related_text(page, field), KEYWORD_WEIGHT, "keywords"
        elif isinstance(field, index.SearchField) and field.field_name not in SKIPPED_FIELDS:
            yield field_text(page, field), float(field.boost or 1), "body"


def summary_of(page):
    for name in SUMMARY_FIELDS:
        value = getattr(page, name, "")
        if value:
            return strip_tags(str(value))
    return ""


def block_headings(block):
    if block.block_type in HEADING_BLOCKS:
        value = block.value
        return [str(value.get("text", "")) if hasattr(value, "get") else str(value)]
    value = block.value
    title = value.get("title") if hasattr(value, "get") else None
    return [str(title)] if title else []


def headings_of(page):
    """Headings in the page's stream fields, in order."""
    found = []
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            for block in getattr(page, field.name) or []:
                found.extend(h for h in block_headings(block) if h)
    return " ".join(found)
