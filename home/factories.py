import factory
import wagtail_factories

from .models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Kennispunt Lokale Politieke Partijen"
    slug = "kennispunt"
    intro = factory.Faker("paragraph", nb_sentences=2, locale="nl_NL")

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=3, locale="nl_NL")
    intro = factory.Faker("sentence", locale="nl_NL")
    body = factory.LazyFunction(list)

    class Meta:
        model = StandardPage
