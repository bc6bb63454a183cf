import pytest
from bs4 import BeautifulSoup
from wagtail.images import get_image_model

from core.blocks import StandardBodyBlock
from guides.blocks import GuideBodyBlock

pytestmark = pytest.mark.django_db

BLOCKS_WITH_PREVIEW = [
    name
    for name, block in GuideBodyBlock().child_blocks.items()
    if name not in {"image", "document"}  # these need a chosen file; see below
]
# The element a reader's browser shows each block as.
RENDERED_AS = {
    "heading": "h2",
    "paragraph": "p b",
    "steps": "section.block-steps ol > li .step-title",
    "checklist": "section.block-checklist ul > li",
    "callout": "aside.callout",
    "quote": "figure.block-quote blockquote",
    "faq": "section.block-faq details > summary",
    "table": "div.block-table table > caption",
}
SETTINGS_NOT_TEXT = {"type", "id", "kind", "level", "table_header_choice"}


def words(html):
    return " ".join(BeautifulSoup(html, "html.parser").get_text().split())


def texts_of(value):
    """Every text in a block's stored value that a reader should see on the page."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in SETTINGS_NOT_TEXT:
                yield from texts_of(item)
    elif isinstance(value, list):
        for item in value:
            yield from texts_of(item)
    elif isinstance(value, str) and words(value):
        yield words(value)


def test_every_guide_block_type_that_the_issue_names_exists():
    names = set(GuideBodyBlock().child_blocks)
    assert names == {
        "heading", "paragraph", "image", "steps", "checklist", "callout", "quote",
        "faq", "document", "video", "table",
    }  # fmt: skip
    assert set(StandardBodyBlock().child_blocks) < names


@pytest.mark.parametrize("name", [name for name in BLOCKS_WITH_PREVIEW if name != "video"])
def test_preview_value_is_valid_and_renders(name):
    block = GuideBodyBlock().child_blocks[name]
    value = block.get_preview_value()
    block.clean(value)
    html = block.render(value)
    assert BeautifulSoup(html, "html.parser").select_one(RENDERED_AS[name]), html
    shown = words(html)
    expected = list(texts_of(block.get_prep_value(value)))
    assert expected and [text for text in expected if text not in shown] == []


def test_video_without_a_reachable_provider_still_offers_a_link_and_transcript():
    # Validating a video asks the provider (YouTube) for its embed code, which this machine
    # cannot reach; the block must then still render a plain link and the transcript.
    block = GuideBodyBlock().child_blocks["video"]
    value = block.get_preview_value()
    html = block.render(value)
    assert 'href="https://www.youtube.com/watch?v=aqz-KE-bpKQ"' in html
    assert "<details" in html and "drie campagneleiders" in html


def test_image_block_requires_alt_text():
    from django.core.exceptions import ValidationError

    block = GuideBodyBlock().child_blocks["image"]
    image = get_image_model().objects.first()
    value = block.to_python({"image": image.id, "alt_text": "", "caption": ""})
    with pytest.raises(ValidationError):
        block.clean(value)


def test_image_block_renders_its_alt_text_and_caption():
    block = GuideBodyBlock().child_blocks["image"]
    image = get_image_model().objects.first()
    value = block.to_python(
        {
            "image": image.id,
            "alt_text": "Vrijwilligers bij een marktkraam",
            "caption": "Op de markt",
        }
    )
    html = block.render(value)
    assert 'alt="Vrijwilligers bij een marktkraam"' in html
    assert "<figcaption>Op de markt</figcaption>" in html


def test_faq_renders_as_disclosure_widgets_that_need_no_javascript():
    block = GuideBodyBlock().child_blocks["faq"]
    html = block.render(block.get_preview_value())
    assert "<details>" in html and "<summary>" in html
