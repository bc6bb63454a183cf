import re

import pytest
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from demo.content import DemoContent
from demo.loader import DemoSite
from guides.models import GuidePage, TopicPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]

TOPICS = [topic["slug"] for topic in DemoContent().topics]


def words(guide):
    text = " ".join(guide.body.stream_block.get_searchable_content(guide.body))
    return len(re.sub(r"<[^>]+>", " ", text).split())


def site_counts():
    return {
        "pages": Page.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "live_guides": GuidePage.objects.live().count(),
    }


@pytest.mark.parametrize("slug", TOPICS)
def test_each_topic_has_two_deep_guides(slug):
    topic = TopicPage.objects.get(slug=slug, locale__language_code="nl")
    guides = GuidePage.objects.live().filter(topic=topic)
    deep = [guide for guide in guides if words(guide) >= 600]
    assert len(deep) >= 2, {guide.slug: words(guide) for guide in guides}


def test_loading_twice_changes_nothing():
    before = site_counts()
    DemoSite(log=lambda message: None).load()
    assert site_counts() == before


def test_demo_has_images_with_alt_text_and_documents():
    image_blocks = [
        block
        for guide in GuidePage.objects.live()
        for block in guide.body
        if block.block_type == "image"
    ]
    assert image_blocks and all(block.value["alt_text"] for block in image_blocks)
    assert any(
        block.block_type == "document" for guide in GuidePage.objects.live() for block in guide.body
    )


def test_demo_site_is_served_from_its_home_page(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response.context["page"].specific_class.__name__ == "HomePage"


def test_command_loads_only_into_an_empty_site_with_if_empty(capsys):
    from django.core.management import call_command

    call_command("load_demo_content", "--if-empty")
    assert "not loaded again" in capsys.readouterr().out


def test_every_related_slug_in_the_demo_content_names_a_demo_guide():
    content = DemoContent()
    keys = {guide.key for guide in content.guides}
    for guide in content.guides:
        assert set(guide.get("related", [])) <= keys, guide.key


def test_the_demo_video_offers_its_link_and_transcript_on_the_guide_page(client):
    guide = GuidePage.objects.live().get(slug="statuten-en-alv", locale__language_code="nl")
    (video,) = [block for block in guide.body if block.block_type == "video"]
    response = client.get(guide.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'href="{video.value["video"].url}"' in html
    assert "Bekijk de video: Voorbeeldvideo: zo verloopt een algemene ledenvergadering" in html
    assert "de kascommissie brengt verslag uit" in html
