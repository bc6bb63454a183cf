"""Factories for guide pages, used by the tests, the demo content and the benchmarks.

Seed them with `factory.random.reseed_random(...)` for repeatable content.
"""

import uuid

import factory
import wagtail_factories
from django.utils.text import slugify

from .models import GuideIndexPage, GuidePage, TopicPage


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}, "id": str(uuid.uuid4())}


class SyntheticBody(factory.LazyFunction):
    """A plausible guide body in Dutch: headings, paragraphs, a checklist and an FAQ."""

    def __init__(self, sections=3):
        super().__init__(lambda: self.build(sections))

    @staticmethod
    def build(sections):
        fake = factory.Faker._get_faker(locale="nl_NL")
        body = []
        for _ in range(sections):
            body.append(heading(fake.sentence(nb_words=4).rstrip(".")))
            body.extend(paragraph(fake.paragraph(nb_sentences=5)) for _ in range(2))
        body.append(
            {
                "type": "checklist",
                "value": {"title": "Checklist", "items": [fake.sentence() for _ in range(4)]},
                "id": str(uuid.uuid4()),
            }
        )
        body.append(
            {
                "type": "faq",
                "value": {
                    "title": "Veelgestelde vragen",
                    "items": [
                        {"question": fake.sentence().rstrip(".") + "?", "answer": f"<p>{a}</p>"}
                        for a in fake.paragraphs(nb=2)
                    ],
                },
                "id": str(uuid.uuid4()),
            }
        )
        return body


class GuideIndexPageFactory(wagtail_factories.PageFactory):
    title = "Gidsen"
    slug = "gidsen"
    intro = "Praktische gidsen voor het besturen van een lokale politieke partij."

    class Meta:
        model = GuideIndexPage


class TopicPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Onderwerp {n}")
    slug = factory.LazyAttribute(lambda topic: slugify(topic.title))
    intro = factory.Faker("paragraph", nb_sentences=2, locale="nl_NL")

    class Meta:
        model = TopicPage


class GuidePageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=5, locale="nl_NL")
    slug = factory.LazyAttributeSequence(lambda guide, n: f"{slugify(guide.title)[:40]}-{n}")
    summary = factory.Faker("paragraph", nb_sentences=2, locale="nl_NL")
    body = SyntheticBody()

    class Meta:
        model = GuidePage
