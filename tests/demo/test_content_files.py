"""The demo content files: each loads, pairs with its translation, and a broken one says where."""

import pytest

from demo.content import CONTENT_ROOT, DemoContent, read_file
from demo.loader import check_block_types
from demo.markdown import ContentError
from guides.blocks import GuideBodyBlock
from home.models import StandardPage

GUIDE_FRONT_MATTER = """---
slug: proef
title: Proef
summary: Een gids om de syntax te proberen.
order: 1
owner: redactie
last_reviewed: 2026-11-01
review_by: 2027-11-01
---

"""


@pytest.fixture(scope="module")
def content():
    return DemoContent()


def guide_file(tmp_path, body, name="proef"):
    path = tmp_path / "nl" / "onderwerp" / f"{name}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(GUIDE_FRONT_MATTER + body, encoding="utf-8")
    return path


def test_every_content_file_loads_and_belongs_to_the_site(content):
    dutch = sorted((CONTENT_ROOT / "nl").rglob("*.md"))
    english = sorted((CONTENT_ROOT / "en").rglob("*.md"))
    assert len(dutch) == len(english) == len(content.files)
    loaded = {CONTENT_ROOT / item.path for item in content.files}
    assert loaded == set(dutch)
    assert {CONTENT_ROOT / item.english.path for item in content.files} == set(english)
    for item in content.files:
        assert item.kind in {"home", "index", "page", "topic", "guide"}, item.path
    assert len(content.topics) == 11 and len(content.pages) == 2


def test_every_guide_block_type_appears_at_least_once(content):
    used = {block.type for item in content.guides + content.pages for block in item.blocks}
    assert used == set(GuideBodyBlock().child_blocks)


def test_every_dutch_file_has_its_english_pair_with_the_same_blocks(content):
    for item in content.files:
        assert item.english.path.parts[0] == "en"
        assert item.english.path.parts[1:] == item.path.parts[1:]
        assert [b.type for b in item.english.blocks] == [b.type for b in item.blocks], item.path
        for nl, en in zip(item.blocks, item.english.blocks, strict=True):
            if nl.type in ("steps", "checklist", "faq"):
                field = "steps" if nl.type == "steps" else "items"
                assert len(en.value[field]) == len(nl.value[field]), (item.path, nl.line)
            if nl.type == "paragraph":
                assert en.value != nl.value, (item.path, nl.line)  # translated, not copied


def test_markdown_becomes_the_rich_text_and_blocks_the_editor_makes(tmp_path):
    path = guide_file(
        tmp_path,
        "Een **vette** en *schuine* zin met [een link](https://www.kvk.nl/)\n"
        "over twee regels.\n\n"
        "1. eerste\n2. tweede\n\n"
        "## Een kop\n\n"
        ":::{callout} warning\n:title: Let op\n\nTekst.\n:::\n\n"
        ":::{faq}\n\n### Vraag?\n\nAntwoord.\n:::\n",
    )
    item = read_file(path, tmp_path)
    assert [(b.type, b.line) for b in item.blocks] == [
        ("paragraph", 11),
        ("heading", 17),
        ("callout", 19),
        ("faq", 25),
    ]
    assert item.blocks[0].value == (
        '<p>Een <b>vette</b> en <i>schuine</i> zin met <a href="https://www.kvk.nl/">een link</a> '
        "over twee regels.</p><ol><li>eerste</li><li>tweede</li></ol>"
    )
    assert item.blocks[2].value == {"kind": "warning", "title": "Let op", "text": "<p>Tekst.</p>"}
    assert item.blocks[3].value["title"] == "Veelgestelde vragen"


BROKEN = [
    (":::{purple}\nTekst.\n:::\n", 11, "unknown block '{purple}'"),
    (":::{callout} purple\nTekst.\n:::\n", 11, "callout kind 'purple'"),
    ("Tekst.\n\n:::{image} foto\n:caption: Bijschrift\n:::\n", 13, "image needs :alt:"),
    (":::{checklist}\n:title: Lijst\n\nGeen lijst.\n:::\n", 14, "checklist: one list"),
    (":::{steps}\n:kleur: rood\n\n### Stap\n\nTekst.\n:::\n", 12, "'kleur': options of steps"),
    (":::{table}\n:caption: Tabel\n:::\n", 12, "table: one Markdown table"),
    (":::{faq}\n\n### Vraag zonder antwoord?\n:::\n", 11, "has no answer"),
    ("## Kop\n\n:::{callout} tip\nNooit gesloten.\n", 13, "not closed"),
    ("Tekst met <b>HTML</b>.\n", 11, "html_inline is not allowed"),
    ("#### Te diep\n", 11, "only ## and ### headings"),
    ("> Een citaat zonder blok\n", 11, "blockquote is not a block here"),
    (":::{video} http://example.org/film\n:title: Film\n:::\n", 11, "https://"),
]


@pytest.mark.parametrize(("body", "line", "message"), BROKEN)
def test_a_broken_block_fails_with_the_file_name_and_line(tmp_path, body, line, message):
    path = guide_file(tmp_path, body)
    with pytest.raises(ContentError, match=message) as raised:
        read_file(path, tmp_path)
    assert str(raised.value).startswith(f"nl/onderwerp/proef.md:{line}: ")
    assert raised.value.line == line


def test_broken_front_matter_fails_with_the_file_name_and_line(tmp_path):
    path = guide_file(tmp_path, "Tekst.\n")
    path.write_text(path.read_text().replace("title: Proef", "title: [Proef"), encoding="utf-8")
    with pytest.raises(ContentError, match=r"^nl/onderwerp/proef.md:\d+: front matter"):
        read_file(path, tmp_path)
    path.write_text(GUIDE_FRONT_MATTER.replace("owner", "eigenaar") + "Tekst.\n")
    with pytest.raises(ContentError, match="lacks owner"):
        read_file(path, tmp_path)


def small_site(tmp_path, english_guide):
    """A complete content tree of one topic with one guide, its English guide as given."""
    files = {
        "site.yaml": "contact_email: info@example.org\n",
        "nl/home.md": "---\ntitle: Thuis\n---\n\nWelkom.\n",
        "en/home.md": "---\ntitle: Home\n---\n\nWelcome.\n",
        "nl/guides.md": "---\nslug: gidsen\ntitle: Gidsen\nintro: Gidsen.\n---\n",
        "en/guides.md": "---\nslug: guides\ntitle: Guides\nintro: Guides.\n---\n",
        "nl/onderwerp/_topic.md": (
            "---\nslug: onderwerp\ntitle: Onderwerp\nintro: I.\norder: 1\n---\n"
        ),
        "en/onderwerp/_topic.md": "---\nslug: topic\ntitle: Topic\nintro: I.\n---\n",
        "nl/onderwerp/proef.md": GUIDE_FRONT_MATTER + "## Kop\n\nTekst.\n",
    }
    if english_guide is not None:
        files["en/onderwerp/proef.md"] = english_guide
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


ENGLISH_FRONT_MATTER = "---\nslug: trial\ntitle: Trial\nsummary: A guide.\n---\n\n"


def test_a_small_complete_site_reads(tmp_path):
    content = DemoContent(small_site(tmp_path, ENGLISH_FRONT_MATTER + "## Heading\n\nText.\n"))
    (guide,) = content.guides
    assert guide.english["slug"] == "trial"
    assert [b.value for b in guide.english.blocks][0] == {"text": "Heading", "level": "h2"}


def test_a_dutch_file_without_its_english_pair_fails(tmp_path):
    with pytest.raises(ContentError, match=r"^nl/onderwerp/proef.md:1: has no pair at en/"):
        DemoContent(small_site(tmp_path, None))


def test_an_english_file_with_other_blocks_fails_at_the_english_line(tmp_path):
    root = small_site(tmp_path, ENGLISH_FRONT_MATTER + "Text.\n\n## Heading\n")
    with pytest.raises(ContentError, match=r"^en/onderwerp/proef.md:7: paragraph where "):
        DemoContent(root)


def test_english_front_matter_leaves_what_follows_the_dutch_original_out(tmp_path):
    english = ENGLISH_FRONT_MATTER.replace("---\n\n", "owner: redactie\n---\n\n") + "## H\n\nT.\n"
    with pytest.raises(ContentError, match="unknown owner"):
        DemoContent(small_site(tmp_path, english))


def test_a_guide_block_on_a_standard_page_stops_the_load(tmp_path):
    path = tmp_path / "nl" / "pages" / "over.md"
    path.parent.mkdir(parents=True)
    path.write_text("---\nslug: over\ntitle: Over\n---\n\n:::{steps}\n### Stap\n\nT.\n:::\n")
    item = read_file(path, tmp_path)
    with pytest.raises(ContentError, match=r"^nl/pages/over.md:6: no steps block"):
        check_block_types(item, StandardPage)
