"""The English demo site is made through wagtail-localize and mirrors the Dutch one."""

import pytest
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from demo.content import DemoContent
from demo.loader import DemoSite
from demo.translations import TranslationMismatch, pair_segments
from guides.models import GuideIndexPage, GuidePage, TopicPage
from home.models import HomePage, StandardPage
from learningpaths.models import LearningPathIndexPage, LearningPathPage
from news.models import NewsIndexPage, NewsItemPage
from signpost.models import DossierPage, Resource, RolePage, SignpostPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]

CONTENT = DemoContent()
PAGES_PER_LOCALE = {
    HomePage: 1,
    StandardPage: len(CONTENT.pages),
    GuideIndexPage: 1,
    TopicPage: len(CONTENT.topics),
    GuidePage: len(CONTENT.guides),
    SignpostPage: 1,
    RolePage: 5,
    DossierPage: 8,
    NewsIndexPage: 1,
    NewsItemPage: 10,
    LearningPathIndexPage: 1,
    LearningPathPage: 3,
}


def english(page):
    return page.get_translation(Locale.objects.get(language_code="en")).specific


def test_every_demo_page_exists_live_in_dutch_and_english():
    for model, count in PAGES_PER_LOCALE.items():
        assert model.objects.live().filter(locale__language_code="nl").count() == count, model
        assert model.objects.live().filter(locale__language_code="en").count() == count, model


def test_english_pages_are_complete_wagtail_localize_translations():
    translations = Translation.objects.filter(
        target_locale__language_code="en", source__locale__language_code="nl"
    ).select_related("source")
    resources = Resource.objects.filter(locale__language_code="nl").count()
    assert translations.count() == sum(PAGES_PER_LOCALE.values()) + resources
    for translation in translations:
        total, translated = translation.get_progress()
        assert total > 0 and translated == total, translation.source.object_repr
        source_page = translation.source.get_source_instance()
        target = translation.get_target_instance()
        assert target.translation_key == source_page.translation_key
        assert getattr(target, "live", True)  # a snippet (resource) has no draft state


def test_english_slugs_and_urls():
    assert GuideIndexPage.objects.get(locale__language_code="en").url == "/en/guides/"
    dutch = GuidePage.objects.get(slug="wervingsplan", locale__language_code="nl")
    assert dutch.url == "/gidsen/ledenwerving/wervingsplan/"
    assert english(dutch).url == "/en/guides/membership-recruitment/plan/"
    about = StandardPage.objects.get(slug="over-ons")
    assert english(about).url == "/en/about-us/"


def test_english_guide_stands_under_and_belongs_to_the_english_topic():
    for guide in GuidePage.objects.filter(locale__language_code="en").select_related("topic"):
        assert guide.topic_id == guide.get_parent().id
        assert guide.topic.locale.language_code == "en"


def test_english_body_texts_are_english(demo_guide):
    translated = english(demo_guide)
    dutch_blocks = {block.id: block for block in demo_guide.body}
    checked = 0
    for block in translated.body:
        dutch = dutch_blocks[block.id]  # same structure, same block ids
        assert block.block_type == dutch.block_type
        if block.block_type == "heading":
            assert block.value["text"] != dutch.value["text"]
            checked += 1
        elif block.block_type == "table":
            assert block.value["data"][0] != dutch.value["data"][0]
            assert block.value["table_caption"] != dutch.value["table_caption"]
            checked += 1
        elif block.block_type == "checklist":
            assert list(block.value["items"]) != list(dutch.value["items"])
            checked += 1
    assert checked >= 3
    assert translated.title.startswith("Membership recruitment")
    assert "membership recruitment" in list(translated.tags.names())
    assert "ledenwerving" in list(demo_guide.tags.names())


def test_related_guides_are_in_the_guides_language(demo_guide):
    translated = english(demo_guide)
    assert translated.related_guides
    assert {guide.locale.language_code for guide in translated.related_guides} == {"en"}
    assert [g.translation_key for g in translated.related_guides] == [
        g.translation_key for g in demo_guide.related_guides
    ]


def test_loading_twice_creates_nothing_new():
    def snapshot():
        return (
            list(
                Page.objects.order_by("id").values_list("id", "locale__language_code", "url_path")
            ),
            TranslationSource.objects.count(),
            Translation.objects.count(),
        )

    before = snapshot()
    DemoSite(log=lambda message: None).load()
    assert snapshot() == before


def test_english_data_that_does_not_mirror_the_dutch_stops_the_load(demo_guide):
    source, _ = TranslationSource.get_or_create_from_instance(demo_guide)
    dutch = source.as_instance()
    translated = source.as_instance()
    translated.body = [
        {"type": block.block_type, "value": block.block.get_prep_value(block.value), "id": block.id}
        for block in english(demo_guide).body
    ][1:]  # one block missing
    with pytest.raises(TranslationMismatch, match="Dutch segments"):
        pair_segments(dutch, translated, "test")
