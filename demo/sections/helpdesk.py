"""The helpdesk page, its FAQ page and a handful of FAQ entries in Dutch and English, from
demo/content/<language>/helpdesk/helpdesk.yaml (answers in Markdown). An upsert: the pages are
found by slug (English: as the Dutch page's translation) and updated."""

import yaml
from wagtail.models import Locale

from demo.content import CONTENT_ROOT
from demo.markdown import markdown
from helpdesk.factories import FAQEntryPageFactory, FAQIndexPageFactory, HelpdeskPageFactory
from helpdesk.models import FAQEntryPage, FAQIndexPage, HelpdeskPage


def read(language):
    path = CONTENT_ROOT / language / "helpdesk" / "helpdesk.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def rich_text(source):
    return markdown.render(source).replace("\n", "")


def page_fields(data):
    return {
        "title": data["title"],
        "intro": data["intro"],
        "opening_hours": data["opening_hours"],
        "body": rich_text(data["body"]),
    }


def load(demo, pages):
    dutch, english = read("nl"), read("en")
    helpdesk = demo.upsert(
        HelpdeskPage, HelpdeskPageFactory, pages["home"], dutch["page"]["slug"],
        page_fields(dutch["page"]),
    )  # fmt: skip
    faq = demo.upsert(
        FAQIndexPage, FAQIndexPageFactory, helpdesk, dutch["faq"]["slug"],
        {"title": dutch["faq"]["title"], "intro": dutch["faq"]["intro"]},
    )  # fmt: skip
    entries = {}
    for item in dutch["entries"]:
        topic = pages["topics"][item["topic"]] if item["topic"] else None
        entries[item["key"]] = demo.upsert(
            FAQEntryPage, FAQEntryPageFactory, faq, item["key"],
            {"title": item["title"], "answer": rich_text(item["answer"]), "topic": topic},
        )  # fmt: skip
    locale = Locale.objects.get(language_code="en")
    translate(
        demo, helpdesk, locale, {"slug": english["page"]["slug"], **page_fields(english["page"])}
    )
    translate(
        demo,
        faq,
        locale,
        {
            "slug": english["faq"]["slug"],
            "title": english["faq"]["title"],
            "intro": english["faq"]["intro"],
        },
    )
    for item in english["entries"]:
        source = entries[item["key"]]
        topic = source.topic.get_translation_or_none(locale) if source.topic else None
        translate(
            demo,
            source,
            locale,
            {"title": item["title"], "answer": rich_text(item["answer"]), "topic": topic},
        )
    demo.log(f"Demo helpdesk: {len(entries)} FAQ entries in Dutch and English.")


def translate(demo, page, locale, fields):
    """The English page as a translation of the Dutch one (wagtail-localize's translation key),
    made once and updated after."""
    copy = page.get_translation_or_none(locale)
    if copy is None:
        copy = page.copy_for_translation(locale, copy_parents=False)
    copy = copy.specific
    demo.assign(copy, fields)
    copy.save()
    copy.save_revision(user=demo.editor).publish(user=demo.editor, skip_permission_checks=True)
    return copy
