"""'Publiceer als FAQ': an answered question becomes a draft FAQ entry, stripped of whatever
names the asker, for staff to rewrite and publish."""

import re

from django.db import transaction
from django.utils.html import escape, linebreaks
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Locale

from .models import EventKind, FAQEntryPage, FAQIndexPage, QuestionEvent

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
PHONE = re.compile(r"(\+31|0)[\s-]?\d([\s-]?\d){7,9}")
REDACTED = "[…]"


class NoFAQIndex(Exception):
    pass


def anonymised(text, question):
    """The text without the asker's e-mail addresses, phone numbers, name and party."""
    text = EMAIL.sub(REDACTED, text)
    text = PHONE.sub(REDACTED, text)
    names = [question.name, question.party_name]
    if question.party:
        names += [question.party.name, question.party.short_name]
    names += question.name.split()
    for name in sorted({n for n in names if n and len(n) > 2}, key=len, reverse=True):
        text = re.sub(re.escape(name), REDACTED, text, flags=re.IGNORECASE)
    return text.strip()


def faq_title(text):
    first = re.split(r"(?<=[?.!])\s", text.strip(), maxsplit=1)[0]
    return first[:250] or _("Nieuwe veelgestelde vraag")


def faq_index_for(language):
    locale = Locale.objects.filter(language_code=language).first()
    index = FAQIndexPage.objects.filter(locale=locale).first() if locale else None
    if index is None:
        index = FAQIndexPage.objects.filter(locale__language_code="nl").first()
    if index is None:
        raise NoFAQIndex
    return index


def unique_slug(parent, title):
    base = slugify(title)[:60].strip("-") or "vraag"
    slug, number = base, 1
    while parent.get_children().filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


@transaction.atomic
def draft_faq(question, *, by, index=None):
    """A draft FAQEntryPage (not live) from the question; returns it."""
    index = index or faq_index_for(question.language)
    text = anonymised(question.text, question)
    title = faq_title(text)
    answer = linebreaks(escape(anonymised(question.answer, question)))
    topic = question.topic
    if topic is not None and topic.locale_id != index.locale_id:
        topic = topic.get_translation_or_none(index.locale) or topic
    entry = FAQEntryPage(
        title=title, slug=unique_slug(index, title), answer=answer, topic=topic, live=False
    )
    index.add_child(instance=entry)
    entry.save_revision(user=by)
    question.faq_page = entry
    question.save(update_fields=["faq_page"])
    QuestionEvent.objects.create(question=question, kind=EventKind.FAQ, author=by, text=title)
    return entry
