"""The demo content files: one Markdown file with YAML front matter per page and language.

    content/site.yaml                  site settings (contact details, funding statement)
    content/<lang>/home.md             home page
    content/<lang>/guides.md           guide index
    content/<lang>/pages/<name>.md     standard pages (about, contact)
    content/<lang>/<topic>/_topic.md   a topic
    content/<lang>/<topic>/<name>.md   a guide in that topic

Every Dutch file has an English file at the same path under `en/` with the same blocks.
"""

import datetime
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .markdown import Body, ContentError, markdown

CONTENT_ROOT = Path(__file__).resolve().parent / "content"
SOURCE_LANGUAGE, TRANSLATION_LANGUAGE = "nl", "en"
FAQ_TITLES = {"nl": "Veelgestelde vragen", "en": "Frequently asked questions"}

# Front matter per kind of file: (required, optional) keys, for the Dutch original and for the
# English translation (which leaves out what follows the original: dates, owner, images, links).
FRONT_MATTER = {
    "home": {"nl": ({"title"}, {"intro"}), "en": ({"title"}, {"intro"})},
    "index": {"nl": ({"slug", "title", "intro"}, set()), "en": ({"slug", "title", "intro"}, set())},
    "page": {"nl": ({"slug", "title"}, {"intro"}), "en": ({"slug", "title"}, {"intro"})},
    "topic": {
        "nl": ({"slug", "title", "intro", "order"}, {"search_terms", "image"}),
        "en": ({"slug", "title", "intro"}, {"search_terms", "image"}),
    },
    "guide": {
        "nl": (
            {"slug", "title", "summary", "order", "last_reviewed", "review_by", "owner"},
            {"tags", "related"},
        ),
        "en": ({"slug", "title", "summary"}, {"tags"}),
    },
}
BODIES = {"home": "text", "index": None, "page": "blocks", "topic": None, "guide": "blocks"}


@dataclass
class ContentFile:
    path: Path  # relative to the content root, e.g. nl/ledenwerving/wervingsplan.md
    kind: str
    meta: dict
    blocks: list
    english: "ContentFile | None" = field(default=None, repr=False)

    @property
    def language(self):
        return self.path.parts[0]

    @property
    def key(self):
        """The path without the language: the same for a file and its translation."""
        return Path(*self.path.parts[1:]).with_suffix("").as_posix()

    def __getitem__(self, name):
        return self.meta[name]

    def get(self, name, default=None):
        return self.meta.get(name, default)


def kind_of(relative):
    parts = relative.parts[1:]
    if parts in (("home.md",), ("guides.md",)):
        return {"home.md": "home", "guides.md": "index"}[parts[0]]
    if len(parts) == 2:
        if parts[0] == "pages":
            return "page"
        return "topic" if parts[1] == "_topic.md" else "guide"
    raise ContentError(relative, 1, "not a place for a content file; see demo/README.md")


def read_file(path, root=CONTENT_ROOT):
    relative = path.relative_to(root)
    kind, language = kind_of(relative), relative.parts[0]
    source = path.read_text(encoding="utf-8")
    tokens = markdown.parse(source)
    if not tokens or tokens[0].type != "front_matter":
        raise ContentError(relative, 1, "starts without front matter (--- … ---)")
    try:
        meta = yaml.safe_load(tokens[0].content) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        problem = getattr(error, "problem", None) or str(error)
        raise ContentError(relative, line, f"front matter: {problem}") from None
    check_front_matter(relative, meta, *FRONT_MATTER[kind][language])
    body = Body(relative, FAQ_TITLES[language])
    blocks = body.blocks(source)
    first_body_line = tokens[0].map[1] + 1
    if BODIES[kind] is None and blocks:
        raise ContentError(relative, blocks[0].line, f"a {kind} file has front matter only")
    if BODIES[kind] == "text" and any(block.type != "paragraph" for block in blocks):
        raise ContentError(relative, first_body_line, "the home page body is text only")
    return ContentFile(relative, kind, meta, blocks)


def check_front_matter(relative, meta, required, optional):
    if not isinstance(meta, dict):
        raise ContentError(relative, 2, "front matter is not a mapping of names to values")
    missing = sorted(required - meta.keys())
    unknown = sorted(meta.keys() - required - optional)
    if missing:
        raise ContentError(relative, 1, f"front matter lacks {', '.join(missing)}")
    if unknown:
        known = ", ".join(sorted(required | optional))
        raise ContentError(relative, 1, f"front matter: unknown {', '.join(unknown)} ({known})")
    for name in ("last_reviewed", "review_by"):
        if name in meta and not isinstance(meta[name], datetime.date):
            raise ContentError(relative, 1, f"{name}: a date as YYYY-MM-DD")


def same_shape(dutch, english):
    """Stops when the English file's blocks do not mirror the Dutch file's."""
    nl_types = [block.type for block in dutch.blocks]
    en_types = [block.type for block in english.blocks]
    if nl_types != en_types:
        for index, (nl, en) in enumerate(zip(dutch.blocks, english.blocks, strict=False)):
            if nl.type != en.type:
                raise ContentError(
                    english.path,
                    en.line,
                    f"{en.type} where {dutch.path}:{nl.line} has {nl.type} (block {index + 1})",
                )
        raise ContentError(
            english.path, 1, f"{len(en_types)} blocks, {dutch.path} has {len(nl_types)}"
        )
    for nl, en in zip(dutch.blocks, english.blocks, strict=True):
        if size(nl) != size(en):
            raise ContentError(
                english.path,
                en.line,
                f"{en.type} with {size(en)} items, {dutch.path}:{nl.line} has {size(nl)}",
            )


def size(block):
    value = block.value
    if block.type == "table":
        return [len(row) for row in value["data"]]
    for name in ("steps", "items"):
        if isinstance(value, dict) and name in value:
            return len(value[name])
    return None


class DemoContent:
    """All content files, each Dutch file with its English translation in `.english`."""

    def __init__(self, root=CONTENT_ROOT):
        self.root = Path(root)
        self.settings = yaml.safe_load((self.root / "site.yaml").read_text(encoding="utf-8"))
        files = {}
        for language in (SOURCE_LANGUAGE, TRANSLATION_LANGUAGE):
            for path in sorted((self.root / language).rglob("*.md")):
                item = read_file(path, self.root)
                files[(language, item.key)] = item
        for (language, key), item in files.items():
            other = TRANSLATION_LANGUAGE if language == SOURCE_LANGUAGE else SOURCE_LANGUAGE
            pair = files.get((other, key))
            if pair is None:
                raise ContentError(item.path, 1, f"has no pair at {other}/{key}.md")
            if language == SOURCE_LANGUAGE:
                same_shape(item, pair)
                item.english = pair
        self.files = [item for (language, _), item in files.items() if language == SOURCE_LANGUAGE]
        self.home = self.one("home")
        self.index = self.one("index")
        self.pages = self.of_kind("page")
        self.topics = sorted(self.of_kind("topic"), key=lambda topic: topic["order"])
        self.guides = [
            guide
            for topic in self.topics
            for guide in sorted(
                (g for g in self.of_kind("guide") if topic_key(g) == topic_key(topic)),
                key=lambda guide: guide["order"],
            )
        ]
        self.check_related()

    def of_kind(self, kind):
        return [item for item in self.files if item.kind == kind]

    def one(self, kind):
        found = self.of_kind(kind)
        if len(found) != 1:
            raise ContentError(self.root / SOURCE_LANGUAGE, 1, f"{len(found)} {kind} files, not 1")
        return found[0]

    def check_related(self):
        keys = {guide.key for guide in self.guides}
        for guide in self.guides:
            for related in guide.get("related", []):
                if related not in keys or related == guide.key:
                    raise ContentError(guide.path, 1, f"related: no other guide {related!r}")
        orphans = [g for g in self.of_kind("guide") if g not in self.guides]
        if orphans:
            raise ContentError(orphans[0].path, 1, "a guide in a folder without _topic.md")


def topic_key(item):
    return item.path.parts[1]
