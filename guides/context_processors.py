from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant

from .models import TopicPage


def navigation(request):
    """The topics for the main navigation, in the reader's language (one query, lazily)."""

    def topics():
        try:
            language = get_supported_content_language_variant(get_language())
        except LookupError:
            return TopicPage.objects.none()
        pages = TopicPage.objects.live().public().filter(locale__language_code=language)
        return pages.order_by("path")

    return {"nav_topics": topics}
