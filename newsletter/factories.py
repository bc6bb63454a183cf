import datetime

import factory
import wagtail_factories
from django.utils import timezone

from .models import NewsletterIndexPage, NewsletterIssuePage, Subscriber


class NewsletterIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nieuwsbrieven"
    slug = "nieuwsbrieven"
    intro = "De nieuwsbrief van het Kennispunt: nieuws, dossiers en trainingen, elke maand."

    class Meta:
        model = NewsletterIndexPage


class NewsletterIssuePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nieuwsbrief {n + 1}")
    slug = factory.Sequence(lambda n: f"nieuwsbrief-{n + 1}")
    date = factory.Sequence(lambda n: datetime.date(2026, 11, 1) - datetime.timedelta(days=30 * n))
    summary = "Nieuws, een nieuw dossier en de trainingen van deze maand."
    body = factory.LazyFunction(list)

    class Meta:
        model = NewsletterIssuePage


class SubscriberFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"abonnee{n}@example.nl")
    language = "nl"
    status = Subscriber.Status.CONFIRMED
    source = Subscriber.Source.IMPORT
    consent_text = "Ik wil de nieuwsbrief ontvangen."
    confirmed_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Subscriber
