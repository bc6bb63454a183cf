"""Distractor guides for the guide-level search evaluation: guides built with the factories
whose title, summary and body are real Dutch (or English) sentences and headings from the demo
guides of *other* topics, placed under a topic of their own. They share the site's vocabulary,
so they compete with the guide that answers a question as a growing site would."""

import random
import re
import uuid

SENTENCE_RE = re.compile(r"(?<=[.!?])\s+")


def sentences_by_topic(language):
    """{topic page id: ([sentence], [heading])} from the live guides of one language."""
    from guides.models import GuidePage

    pool = {}
    guides = GuidePage.objects.live().filter(locale__language_code=language).specific()
    for guide in guides:
        sentences, headings = pool.setdefault(guide.get_parent().id, ([], []))
        for block in guide.body:
            if block.block_type == "heading":
                headings.append(block.value["text"])
            elif block.block_type == "paragraph":
                text = re.sub(r"<[^>]+>", " ", str(block.value.source))
                sentences.extend(s.strip() for s in SENTENCE_RE.split(text) if len(s) > 40)
        sentences.append(guide.summary)
    return pool


def distractor_body(rng, sentences, headings, sections=3):
    def block(kind, value):
        return {"type": kind, "value": value, "id": str(uuid.uuid4())}

    body = []
    for _ in range(sections):
        body.append(block("heading", {"text": rng.choice(headings), "level": "h2"}))
        for _ in range(2):
            body.append(block("paragraph", "<p>" + " ".join(rng.sample(sentences, 4)) + "</p>"))
    return body


def add_distractors(count, language, seed="distractors"):
    """`count` distractor guides in one language; returns how many were made."""
    from guides.factories import GuidePageFactory
    from guides.models import TopicPage

    rng = random.Random(f"{seed}-{language}")
    pool = sentences_by_topic(language)
    topics = list(TopicPage.objects.live().filter(locale__language_code=language))
    if not pool or not topics:
        return 0
    for i in range(count):
        topic = topics[i % len(topics)]
        others = [key for key in pool if key != topic.id] or list(pool)
        sentences, headings = pool[rng.choice(others)]
        title = rng.choice(headings)
        guide = GuidePageFactory.build(
            title=title,
            slug=f"afleider-{language}-{i}",
            summary=" ".join(rng.sample(sentences, 2)),
            body=distractor_body(rng, sentences, headings),
            locale=topic.locale,
            live=True,
        )
        topic.add_child(instance=guide)
    return count
