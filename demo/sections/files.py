"""What the section loaders share: their YAML files (a Dutch one and its English pair, keyed
alike), Markdown bodies through the guides' parser, stable block ids, and the English
translation of pages and snippets through wagtail-localize (demo/translations.py)."""

import uuid
from pathlib import Path

import yaml
from wagtail_localize.models import Translation, TranslationSource

from ..content import CONTENT_ROOT
from ..markdown import Body, ContentError
from ..stream import stream_data
from ..translations import EnglishDemo, build_po, normalised_stream, pair_segments


def read_pair(folder, name, root=CONTENT_ROOT):
    """(Dutch, English) data of content/<lang>/<folder>/<name>.yaml."""
    pair = []
    for language in ("nl", "en"):
        path = Path(root) / language / folder / f"{name}.yaml"
        if not path.exists():
            raise ContentError(path.relative_to(root), 1, "missing (see demo/README.md)")
        pair.append(yaml.safe_load(path.read_text(encoding="utf-8")))
    return tuple(pair)


def english_of(items, key, label):
    """The English entry with the same `key` as a Dutch one; none stops the load."""
    for item in items:
        if item["key"] == key:
            return item
    raise ContentError(Path("en") / label, 1, f"no English entry with key {key!r}")


def markdown_stream(text, id_prefix, label):
    """StreamField data of a Markdown body (paragraphs, headings, lists) with stable ids."""
    blocks = Body(Path(label), "Veelgestelde vragen").blocks(text or "")
    return stream_data(blocks, id_prefix=id_prefix, image_id=None, document_id=None)


def questions_stream(questions, id_prefix):
    return [
        {
            "type": "question",
            "value": question,
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{id_prefix}:{index}")),
        }
        for index, question in enumerate(questions)
    ]


class Translator:
    """English translations of a section's pages and snippets, as the guides get theirs."""

    def __init__(self, demo):
        self.pages = EnglishDemo(demo)
        self.user = demo.editor

    def page(self, page, fields, streams=()):
        """`streams`: the names in `fields` that hold StreamField data."""
        for name in streams:
            fields[name] = normalised_stream(page, name, fields[name])
        return self.pages.translate(page, fields)

    def snippet(self, instance, fields):
        source, _ = TranslationSource.update_or_create_from_instance(instance)
        english = source.as_instance()
        for name, value in fields.items():
            setattr(english, name, value)
        entries = pair_segments(source.as_instance(), english, str(instance))
        translation, _ = Translation.objects.get_or_create(
            source=source, target_locale=self.pages.locale
        )
        if not translation.enabled:
            translation.enabled = True
            translation.save(update_fields=["enabled"])
        translation.import_po(
            build_po(translation, entries), delete=True, user=self.user, tool_name="demo"
        )
        target, _ = source.create_or_update_translation(
            self.pages.locale, user=self.user, publish=True, fallback=False
        )
        return target


def publish(demo, page):
    page.save_revision(user=demo.editor).publish(user=demo.editor, skip_permission_checks=True)
