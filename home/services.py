"""What the home page offers besides the guides: each service is linked to its own section in
the home page's language, and only when that section is live there, so the home page never
promises what the site lacks nor sends an English reader to a Dutch page."""

from django.contrib.contenttypes.models import ContentType
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page

from helpdesk.models import HelpdeskPage
from learningpaths.models import LearningPathIndexPage
from news.models import NewsIndexPage
from newsletter.models import NewsletterIndexPage
from signpost.models import SignpostPage
from trainings.models import TrainingIndexPage

# In the order the home page's welcome text names them; the forum sits in between.
SECTION_PAGES = [
    ("signpost", SignpostPage),
    ("learning_paths", LearningPathIndexPage),
    ("news", NewsIndexPage),
    ("trainings", TrainingIndexPage),
    ("helpdesk", HelpdeskPage),
    ("forum", None),
    ("newsletter", NewsletterIndexPage),
]


def home_services(home):
    """[{key, title, intro, url}] of the live sections under `home`, in its language."""
    sections = section_pages(home)
    services = []
    for key, model in SECTION_PAGES:
        service = forum_service(home.locale.language_code) if model is None else sections.get(key)
        if service is not None:
            services.append({"key": key, **service})
    return services


def section_pages(home):
    """{key: {title, intro, url}} of the first live, public page of each section's type under
    `home` in its language, in one query (a union of one select per type)."""
    selects = [
        model.objects.descendant_of(home)
        .live()
        .public()
        .filter(locale_id=home.locale_id)
        .values_list("content_type_id", "path", "id", "url_path", "title", "intro")
        .order_by()
        for _key, model in SECTION_PAGES
        if model is not None
    ]
    key_of = {
        ContentType.objects.get_for_model(model).id: key
        for key, model in SECTION_PAGES
        if model is not None
    }
    found = {}
    rows = selects[0].union(*selects[1:], all=True).order_by("path")
    for content_type, _path, pk, url_path, title, intro in rows:
        key = key_of.get(content_type)
        if key is not None and key not in found:
            url = Page(id=pk, url_path=url_path).url
            found[key] = {"title": title, "intro": intro, "url": url}
    return found


def forum_service(language_code):
    with translation.override(language_code):
        try:
            url = reverse("forum_index")
        except NoReverseMatch:
            return None
        return {"title": gettext("Ledenforum"), "intro": "", "url": url}
