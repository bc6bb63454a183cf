from django import template
from django.utils import translation

from ..forms import SubscribeForm

register = template.Library()


@register.inclusion_tag("newsletter/includes/footer_signup.html")
def footer_signup():
    """The sign-up form of the site's footer: e-mail and consent, in the page's language."""
    return {"form": SubscribeForm(language=translation.get_language(), compact=True)}
