"""The database backend's index follows publishing, unpublishing, moving and privacy."""

import pytest
from wagtail.models import PageViewRestriction

from guides.models import GuidePage, TopicPage
from search.documents import rebuild
from search.models import SearchDocument
from search.service import SearchRequest, search

pytestmark = pytest.mark.django_db


def page_ids(q, **kwargs):
    return [hit.page_id for hit in search(SearchRequest.from_raw(q, "nl", **kwargs)).hits]


def test_published_guide_is_found_with_its_body_text(new_guide):
    guide = new_guide(title="Zeepkistsessie", summary="Een korte samenvatting.")
    assert guide.id in page_ids("zeepkistsessie")
    body_word = guide.body.stream_block.get_searchable_content(guide.body)[0].split()[0]
    assert SearchDocument.objects.filter(page=guide, text__icontains=body_word).exists()


def test_drafts_are_not_indexed(new_guide):
    guide = new_guide(title="Zeepkistsessie")
    guide.title = "Kruimeldiefje"
    guide.save_revision()
    assert page_ids("kruimeldiefje") == []
    assert guide.id in page_ids("zeepkistsessie")


def test_unpublished_guide_disappears(new_guide):
    guide = new_guide(title="Zeepkistsessie")
    guide.unpublish()
    assert page_ids("zeepkistsessie") == []
    assert not SearchDocument.objects.filter(page=guide).exists()


def test_private_guide_disappears_and_returns(new_guide):
    guide = new_guide(title="Zeepkistsessie")
    restriction = PageViewRestriction.objects.create(page=guide, restriction_type="login")
    assert page_ids("zeepkistsessie") == []
    restriction.delete()
    assert page_ids("zeepkistsessie") == [guide.id]


def test_deleted_guide_disappears(new_guide):
    guide = new_guide(title="Zeepkistsessie")
    GuidePage.objects.get(pk=guide.pk).delete()
    assert page_ids("zeepkistsessie") == []


def test_moved_guide_changes_topic(new_guide):
    guide = new_guide(title="Zeepkistsessie")
    fusie = TopicPage.objects.get(slug="fusie", locale__language_code="nl")
    guide.move(fusie, pos="last-child")
    assert page_ids("zeepkistsessie", topic="fusie") == [guide.id]
    assert page_ids("zeepkistsessie", topic="ledenwerving") == []


def test_rebuild_indexes_every_live_public_page():
    live = SearchDocument.objects.count()
    assert rebuild() == live > 10
