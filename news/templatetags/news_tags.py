from django import template

from ..models import latest_news

register = template.Library()


@register.inclusion_tag("news/includes/latest_news.html", takes_context=True)
def latest_news_panel(context, count=3):
    page = context.get("page")
    items = latest_news(page.locale, count) if page is not None else []
    index = items[0].get_parent() if items else None
    return {"items": items, "index": index, "request": context.get("request")}
