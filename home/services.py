"""What the home page offers besides the guides: each service is linked to its own section in
the home page's language, and only when that section is live there, so the home page never
promises what the site lacks nor sends an English reader to a Dutch page."""

from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext

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
    services = []
    for key, model in SECTION_PAGES:
        if model is None:
            service = forum_service(home.locale.language_code)
        else:
            service = section_service(home, model)
        if service is not None:
            services.append({"key": key, **service})
    return services


def section_service(home, model):
    page = model.objects.descendant_of(home).live().public().filter(locale=home.locale).first()
    if page is None:
        return None
    return {"title": page.title, "intro": page.intro, "url": page.url}


def forum_service(language_code):
    with translation.override(language_code):
        try:
            url = reverse("forum_index")
        except NoReverseMatch:
            return None
        return {"title": gettext("Ledenforum"), "intro": "", "url": url}
