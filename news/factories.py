import datetime

import factory
import wagtail_factories
from django.utils.text import slugify

from .models import NewsIndexPage, NewsItemPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nieuws"
    slug = "nieuws"
    intro = "Nieuws van het Kennispunt voor lokale politieke partijen."

    class Meta:
        model = NewsIndexPage


class NewsItemPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=6, locale="nl_NL")
    slug = factory.LazyAttributeSequence(lambda item, n: f"{slugify(item.title)[:40]}-{n}")
    date = factory.Sequence(lambda n: datetime.date(2026, 11, 1) - datetime.timedelta(days=n))
    summary = factory.Faker("paragraph", nb_sentences=2, locale="nl_NL")
    body = factory.LazyFunction(list)

    class Meta:
        model = NewsItemPage
