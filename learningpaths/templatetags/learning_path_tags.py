from django import template

from ..models import positions_of

register = template.Library()


@register.inclusion_tag("learningpaths/includes/path_navigation.html")
def learning_path_navigation(guide):
    return {"positions": positions_of(guide)}
