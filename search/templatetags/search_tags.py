from urllib.parse import urlencode

from django import template

register = template.Library()


@register.simple_tag
def search_querystring(query, topic, page, topic_parameter="onderwerp", result_type=None):
    """The query string of another result page, keeping the words, the topic and the type
    (page None: the first page, for a facet link)."""
    params = {"q": query}
    if topic:
        params[topic_parameter] = topic
    if result_type:
        params["type"] = result_type
    if page:
        params["page"] = page
    return urlencode(params)
