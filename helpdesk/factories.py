"""Factories for the helpdesk's pages and questions (tests and demo content)."""

import factory
import wagtail_factories
from django.utils import timezone
from django.utils.text import slugify

from .models import FAQEntryPage, FAQIndexPage, HelpdeskPage, Question


class HelpdeskPageFactory(wagtail_factories.PageFactory):
    title = "Helpdesk"
    slug = "helpdesk"
    intro = "Stel uw vraag aan het Kennispunt: over ledenwerving, kandidaatstelling, fusie en meer."
    opening_hours = "maandag tot en met donderdag, 9.00 tot 17.00 uur"

    class Meta:
        model = HelpdeskPage


class FAQIndexPageFactory(wagtail_factories.PageFactory):
    title = "Veelgestelde vragen"
    slug = "veelgestelde-vragen"
    intro = "Antwoorden op vragen die lokale partijen ons vaak stellen."

    class Meta:
        model = FAQIndexPage


class FAQEntryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Veelgestelde vraag {n}?")
    slug = factory.LazyAttribute(lambda entry: slugify(entry.title))
    answer = "<p>Een antwoord.</p>"

    class Meta:
        model = FAQEntryPage


class QuestionFactory(factory.django.DjangoModelFactory):
    reference = factory.Sequence(lambda n: f"KP-2026-{9000 + n:04d}")
    name = "Fatima de Vries"
    email = factory.Sequence(lambda n: f"vraag{n}@example.org")
    text = "Hoe organiseren we een ledenvergadering?"
    consent_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Question
