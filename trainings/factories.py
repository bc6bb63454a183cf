import datetime

import factory
import wagtail_factories
from django.utils import timezone
from django.utils.text import slugify

from .models import TrainingIndexPage, TrainingPage, TrainingSession


class TrainingIndexPageFactory(wagtail_factories.PageFactory):
    title = "Trainingen"
    slug = "trainingen"
    intro = "Trainingen en webinars voor lokale politieke partijen, door het hele land en online."

    class Meta:
        model = TrainingIndexPage


class TrainingPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Training {n}")
    slug = factory.LazyAttributeSequence(lambda t, n: f"{slugify(t.title)[:40]}-{n}")
    summary = "Een praktische training voor lokale partijen."
    audience = "Bestuursleden en kandidaten"
    trainer = "Trainer van het Kennispunt"
    body = factory.LazyFunction(list)

    class Meta:
        model = TrainingPage


class TrainingSessionFactory(factory.django.DjangoModelFactory):
    start = factory.Sequence(
        lambda n: (
            timezone.now().replace(minute=0, second=0, microsecond=0)
            + datetime.timedelta(days=7 + n)
        )
    )
    end = factory.LazyAttribute(lambda s: s.start + datetime.timedelta(hours=3))
    venue = "Stadhuis"
    address = "Markt 1"
    city = "Utrecht"
    capacity = 20

    class Meta:
        model = TrainingSession
