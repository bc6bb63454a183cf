import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page

from guides.factories import GuidePageFactory, TopicPageFactory
from guides.models import GuideIndexPage, GuidePage, GuideRelatedLink, TopicPage
from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("child", "parent", "allowed"),
    [
        (HomePage, Page, True),
        (GuideIndexPage, HomePage, True),
        (StandardPage, HomePage, True),
        (StandardPage, StandardPage, True),
        (TopicPage, GuideIndexPage, True),
        (GuidePage, TopicPage, True),
        (GuidePage, HomePage, False),
        (GuidePage, GuideIndexPage, False),
        (GuidePage, GuidePage, False),
        (TopicPage, HomePage, False),
        (TopicPage, TopicPage, False),
        (GuideIndexPage, GuideIndexPage, False),
        (HomePage, HomePage, False),
        (StandardPage, TopicPage, False),
    ],
)
def test_page_type_rules(child, parent, allowed):
    assert (parent in child.allowed_parent_page_models()) is allowed


def test_only_one_guide_index_per_home_page():
    home = HomePage.objects.get(locale__language_code="nl")
    assert not GuideIndexPage.can_create_at(home)


def test_a_guide_takes_its_topic_from_its_place_in_the_tree(topic):
    guide = GuidePageFactory(parent=topic, title="Nieuwe leden welkom heten")
    assert guide.topic == topic


def test_moving_a_guide_moves_it_to_the_new_topic(topic):
    guide = GuidePageFactory(parent=topic)
    other = TopicPage.objects.get(slug="fusie", locale=topic.locale)
    guide.move(other, pos="last-child")
    guide.refresh_from_db()
    assert guide.topic == other


def test_reading_time_follows_the_length_of_the_guide(topic):
    words = " ".join(["woord"] * 1000)
    guide = GuidePageFactory(
        parent=topic, summary="Kort.", body=[{"type": "paragraph", "value": f"<p>{words}</p>"}]
    )
    assert guide.reading_time == 6  # 1001 words at 200 a minute, rounded up


def test_review_by_must_come_after_last_reviewed(topic):
    guide = GuidePageFactory(parent=topic)
    guide.last_reviewed = datetime.date(2026, 6, 1)
    guide.review_by = datetime.date(2026, 1, 1)
    with pytest.raises(ValidationError) as error:
        guide.full_clean()
    assert "review_by" in error.value.message_dict


def test_related_guides_leave_out_unpublished_ones(topic):
    guide = GuidePageFactory(parent=topic)
    published = GuidePageFactory(parent=topic)
    draft = GuidePageFactory(parent=topic, live=False)
    guide.related_guide_links = [
        GuideRelatedLink(guide=draft),
        GuideRelatedLink(guide=published),
    ]
    guide.save()
    assert guide.related_guides == [published]


def test_a_guide_cannot_be_related_to_itself(topic):
    guide = GuidePageFactory(parent=topic)
    link = GuideRelatedLink(page=guide, guide=guide)
    with pytest.raises(ValidationError):
        link.clean()


def test_topic_counts_only_published_guides():
    topic = TopicPageFactory(parent=GuideIndexPage.objects.first(), title="Vrijwilligersbeleid")
    GuidePageFactory(parent=topic)
    GuidePageFactory(parent=topic, live=False)
    assert topic.guide_count == 1
