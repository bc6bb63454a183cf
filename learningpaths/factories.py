import factory
import wagtail_factories
from django.utils.text import slugify

from .models import LearningPathIndexPage, LearningPathPage


class LearningPathIndexPageFactory(wagtail_factories.PageFactory):
    title = "Leerlijnen"
    slug = "leerlijnen"
    intro = "Gidsen in een vaste volgorde, voor wie een onderwerp van begin tot eind wil volgen."

    class Meta:
        model = LearningPathIndexPage


class LearningPathPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Leerlijn {n}")
    slug = factory.LazyAttribute(lambda path: slugify(path.title))
    intro = factory.Faker("paragraph", nb_sentences=2, locale="nl_NL")

    class Meta:
        model = LearningPathPage
