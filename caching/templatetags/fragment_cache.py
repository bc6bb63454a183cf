"""`{% readers_cache "name" %}…{% endreaders_cache %}`: the enclosed template, rendered once per
URL, language and content generation for anonymous readers (caching/fragments.py)."""

from django import template

from ..fragments import render_cached

register = template.Library()


class ReadersCacheNode(template.Node):
    def __init__(self, name, nodelist):
        self.name, self.nodelist = name, nodelist

    def render(self, context):
        name = self.name.resolve(context)
        return render_cached(context.get("request"), name, lambda: self.nodelist.render(context))


@register.tag("readers_cache")
def readers_cache(parser, token):
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("readers_cache takes one argument: the fragment's name")
    nodelist = parser.parse(("endreaders_cache",))
    parser.delete_first_token()
    return ReadersCacheNode(parser.compile_filter(bits[1]), nodelist)
