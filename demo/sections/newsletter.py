"""Twelve past issues of the newsletter in the archive (/nieuwsbrieven/, /en/newsletters/),
from demo/content/<lang>/nieuwsbrieven/nummers.yaml. An upsert: run again, nothing doubles."""

import datetime
import uuid

import yaml
from wagtail.models import Locale

from guides.models import GuidePage
from newsletter.factories import NewsletterIndexPageFactory, NewsletterIssuePageFactory
from newsletter.models import NewsletterIndexPage, NewsletterIssuePage

from ..content import CONTENT_ROOT

FILE = "nieuwsbrieven/nummers.yaml"
GUIDES_HEADING = {"nl": "Uitgelichte gidsen", "en": "Featured guides"}


def read(language):
    return yaml.safe_load((CONTENT_ROOT / language / FILE).read_text(encoding="utf-8"))


def block(kind, value, key):
    # Stable ids (from the issue and block) keep a second load from changing the stream.
    return {"type": kind, "value": value, "id": str(uuid.uuid5(uuid.NAMESPACE_URL, key))}


def issue_body(item, text, guides, language):
    key = f"newsletter/{item['slug']}"
    return [
        block("introduction", f"<p>{text['introduction']}</p>", f"{key}/introduction"),
        block(
            "guides",
            {"heading": GUIDES_HEADING[language], "pages": [guide.pk for guide in guides]},
            f"{key}/guides",
        ),
    ]


def publish(demo, page):
    page.save_revision(user=demo.editor).publish(user=demo.editor, skip_permission_checks=True)
    return page


def upsert(demo, model, factory, parent, slug, fields):
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = factory(parent=parent, slug=slug, owner=demo.editor, **fields)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
        page.save()
    return publish(demo, page)


def translated(demo, page, locale, fields):
    copy = page.get_translation_or_none(locale)
    if copy is None:
        copy = page.copy_for_translation(locale, copy_parents=False)
    copy = copy.specific
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return publish(demo, copy)


def guides_by_slug(slugs, locale):
    found = []
    for slug in slugs:
        guide = GuidePage.objects.filter(slug=slug, locale__language_code="nl").first()
        if guide is not None and locale.language_code != "nl":
            guide = guide.get_translation_or_none(locale)
        if guide is not None:
            found.append(guide)
    return found


def load(demo, pages):
    dutch, english = read("nl"), read("en")
    fields = {"title": dutch["title"], "intro": dutch["intro"]}
    index = upsert(
        demo, NewsletterIndexPage, NewsletterIndexPageFactory, pages["home"], dutch["slug"], fields
    )
    en_locale = Locale.objects.filter(language_code="en").first()
    en_index = None
    if en_locale and pages["home"].get_translation_or_none(en_locale):
        en_fields = {"title": english["title"], "intro": english["intro"], "slug": english["slug"]}
        en_index = translated(demo, index, en_locale, en_fields)
    for item, en_item in zip(dutch["issues"], english["issues"], strict=True):
        issue_fields = {
            "title": item["title"],
            "summary": item["summary"],
            "date": datetime.date.fromisoformat(str(item["date"])),
            "body": issue_body(item, item, guides_by_slug(item["guides"], index.locale), "nl"),
        }
        issue = upsert(
            demo, NewsletterIssuePage, NewsletterIssuePageFactory, index, item["slug"], issue_fields
        )
        if en_index is not None:
            en_guides = guides_by_slug(item["guides"], en_locale)
            translated(
                demo,
                issue,
                en_locale,
                {
                    "title": en_item["title"],
                    "summary": en_item["summary"],
                    "slug": en_item["slug"],
                    "body": issue_body(item, en_item, en_guides, "en"),
                },
            )
    demo.log(f"Demo newsletter: {len(dutch['issues'])} issues in the archive.")
