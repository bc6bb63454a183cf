"""The English demo site, made through wagtail-localize so the translation relations are real.

For every Dutch page: a TranslationSource, a Translation into `en`, a PO file whose entries pair
each Dutch segment with its English text (imported with `Translation.import_po`), and then the
translated page, created or updated by wagtail-localize and published.

The English texts are paired with the Dutch segments by extracting segments from an unsaved
copy of the page that holds the English data: both lists must have the same shape (same fields,
blocks, list items and rich-text templates) or loading stops with `TranslationMismatch` rather
than publish a page with texts in the wrong places. Running it again updates the same pages.
"""

import json
import re

import polib
from wagtail.models import Locale
from wagtail_localize.models import (
    SegmentOverride,
    Translation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.segments import (
    OverridableSegmentValue,
    StringSegmentValue,
    TemplateSegmentValue,
)
from wagtail_localize.segments.extract import extract_segments

LANGUAGE_CODE = "en"
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class TranslationMismatch(Exception):
    """The English data does not mirror the Dutch page segment for segment."""


def ensure_locale(language_code=LANGUAGE_CODE):
    locale, _ = Locale.objects.get_or_create(language_code=language_code)
    return locale


def shape(path):
    """A segment path with block and list-item ids left out: the same for both languages."""
    return ".".join("#" if UUID_RE.match(part) else part for part in path.split("."))


def segment_outline(instance):
    """(strings, templates) of an instance: strings as (path, text), templates as (shape, html)."""
    strings, templates = [], []
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            strings.append((segment.path, segment.string.data))
        elif isinstance(segment, TemplateSegmentValue):
            templates.append((shape(segment.path), segment.template))
    return strings, templates


def pair_segments(dutch, english, label):
    """PO entries (context, Dutch, English) for two instances of the same page."""
    nl_strings, nl_templates = segment_outline(dutch)
    en_strings, en_templates = segment_outline(english)
    if len(nl_strings) != len(en_strings):
        raise TranslationMismatch(
            f"{label}: {len(nl_strings)} Dutch segments but {len(en_strings)} English texts."
        )
    for (nl_path, nl_text), (en_path, en_text) in zip(nl_strings, en_strings, strict=True):
        if shape(nl_path) != shape(en_path):
            raise TranslationMismatch(
                f"{label}: Dutch {shape(nl_path)!r} ({nl_text[:60]!r}) "
                f"meets English {shape(en_path)!r} ({en_text[:60]!r})."
            )
    for nl_template, en_template in zip(nl_templates, en_templates, strict=True):
        if nl_template != en_template:
            raise TranslationMismatch(
                f"{label}: rich text at {nl_template[0]!r} has another structure in English."
            )
    entries = {}
    for (path, nl_text), (_, en_text) in zip(nl_strings, en_strings, strict=True):
        if entries.setdefault((path, nl_text), en_text) != en_text:
            raise TranslationMismatch(f"{label}: {nl_text[:60]!r} has two English texts.")
    return entries


def link_overrides(dutch, english, label):
    """{segment path: English href} for the links whose English text points elsewhere (an
    English page links to /en/signpost/ where the Dutch one links to /wegwijzer/). wagtail-
    localize keeps a link's href as an overridable segment named after the Dutch href; the
    Dutch and English hrefs are paired through the link ids of the paired texts."""
    nl_texts = [s for s in extract_segments(dutch) if isinstance(s, StringSegmentValue)]
    en_texts = [s for s in extract_segments(english) if isinstance(s, StringSegmentValue)]
    english_href = {}
    for nl_text, en_text in zip(nl_texts, en_texts, strict=True):
        for link_id, attrs in (nl_text.attrs or {}).items():
            nl_href = attrs.get("href")
            en_href = ((en_text.attrs or {}).get(link_id) or {}).get("href", nl_href)
            if nl_href and english_href.setdefault(nl_href, en_href) != en_href:
                raise TranslationMismatch(f"{label}: the link {nl_href} has two English links.")
    return {
        segment.path: english_href[segment.data]
        for segment in extract_segments(dutch)
        if isinstance(segment, OverridableSegmentValue)
        and isinstance(segment.data, str)
        and english_href.get(segment.data, segment.data) != segment.data
    }


def save_link_overrides(source, locale, overrides, user):
    """Stores `overrides` for the translation of `source`; drops its older link overrides."""
    kept = []
    for path, href in overrides.items():
        context, _ = TranslationContext.objects.get_or_create(object_id=source.object_id, path=path)
        SegmentOverride.objects.update_or_create(
            locale=locale,
            context=context,
            defaults={"data_json": json.dumps(href), "last_translated_by": user},
        )
        kept.append(context.id)
    stale = SegmentOverride.objects.filter(locale=locale, context__object_id=source.object_id)
    stale.exclude(context_id__in=kept).delete()


def build_po(translation, entries):
    po = polib.POFile(wrapwidth=200)
    po.metadata = {
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=utf-8",
        "X-WagtailLocalize-TranslationID": str(translation.uuid),
    }
    for (context, msgid), msgstr in entries.items():
        po.append(polib.POEntry(msgctxt=context, msgid=msgid, msgstr=msgstr))
    return po


def normalised_stream(page, field_name, raw):
    """StreamField data as it is stored, list items in block format with ids, as on the
    saved Dutch page (wagtail-localize only extracts list items in that format)."""
    field = page._meta.get_field(field_name)
    value = field.to_python(raw)
    list(value)  # bind every block, so that the stored form is built from the blocks
    return field.to_python(value.get_prep_value())


class EnglishDemo:
    """Translates the Dutch demo pages that `DemoSite` built into English."""

    def __init__(self, site):
        self.site = site
        self.user = site.editor
        self.locale = ensure_locale()
        self.pages = 0

    def load(self, content, *, home, pages, index, topics, guides):
        """Translates the pages `DemoSite` built from `content` (dicts keyed on file keys)."""
        english = content.home.english
        self.translate(
            home,
            {
                "title": english["title"],
                "slug": f"{home.slug}-en",
                "body": "".join(block.value for block in english.blocks),
            },
        )
        for item in content.pages:
            english = item.english
            fields = {
                "title": english["title"],
                "slug": english["slug"],
                "intro": english.get("intro", ""),
                "body": self.body(pages[item.key], item),
            }
            self.translate(pages[item.key], fields)
        english = content.index.english
        self.translate(index, {name: english[name] for name in ("slug", "title", "intro")})
        for item in content.topics:
            english = item.english
            fields = {
                "title": english["title"],
                "slug": english["slug"],
                "intro": english["intro"],
                "search_terms": english.get("search_terms", ""),
            }
            self.translate(topics[item.key.split("/")[0]], fields)
        for item in content.guides:
            guide = guides[item.key]
            english = item.english
            fields = {
                "title": english["title"],
                "slug": english["slug"],
                "summary": english["summary"],
                "body": self.body(guide, item),
            }
            target = self.translate(guide, fields, publish=False)
            target.tags.set(english.get("tags", []))
            self.publish(target)
        return self.pages

    def body(self, page, item):
        """The English blocks of `item`, with the ids of its Dutch blocks."""
        return normalised_stream(page, "body", self.site.body(item, source=item.english))

    def translate(self, page, fields, publish=True):
        """Creates or updates the English translation of `page` from `fields`; returns it."""
        page = page.specific
        source, _ = TranslationSource.update_or_create_from_instance(page)
        english = source.as_instance()
        for name, value in fields.items():
            setattr(english, name, value)
        label = f"{page.slug} ({page.id})"
        entries = pair_segments(source.as_instance(), english, label)
        overrides = link_overrides(source.as_instance(), english, label)
        translation, _ = Translation.objects.get_or_create(source=source, target_locale=self.locale)
        if not translation.enabled:
            translation.enabled = True
            translation.save(update_fields=["enabled"])
        warnings = translation.import_po(
            build_po(translation, entries), delete=True, user=self.user, tool_name="demo"
        )
        if warnings:
            raise TranslationMismatch(f"{page.slug}: PO import warnings {warnings}")
        save_link_overrides(source, self.locale, overrides, self.user)
        # fallback=False: a segment without its English text stops the load.
        target, _ = source.create_or_update_translation(
            self.locale, user=self.user, publish=False, fallback=False
        )
        target = target.specific
        if publish:
            self.publish(target)
        return target

    def publish(self, page):
        page.save_revision(user=self.user).publish(user=self.user, skip_permission_checks=True)
        self.pages += 1
