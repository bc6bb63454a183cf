from urllib.parse import urlencode

from django import template

register = template.Library()


@register.simple_tag
def search_querystring(query, topic, page, topic_parameter="onderwerp"):
    """The query string of another result page, keeping the words and the topic."""
    params = {"q": query}
    if topic:
        params[topic_parameter] = topic
    params["page"] = page
    return urlencode(params)
