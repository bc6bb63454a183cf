from django.utils.translation import get_language
from wagtail.models import Locale

from .models import TopicPage


def navigation(request):
    """The topics for the main navigation, in the reader's language (one query, lazily)."""

    def topics():
        try:
            locale = Locale.objects.get(language_code=get_language())
        except Locale.DoesNotExist:
            return TopicPage.objects.none()
        return TopicPage.objects.live().public().filter(locale=locale).order_by("path")

    return {"nav_topics": topics}
