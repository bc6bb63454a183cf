"""A public guide's document block shows a file in a login-only (restricted) collection only to
readers the restriction lets in: not its title nor its download link to anyone else, and not in
the API (read anonymously). Found by the outside probe (issue 10)."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction

pytestmark = pytest.mark.django_db


def document_of(guide):
    [block] = [block for block in guide.body if block.block_type == "document"]
    return block.value["document"]


@pytest.fixture
def members_only_document(demo_guide):
    document = document_of(demo_guide)
    members = Collection.get_first_root_node().add_child(name="Alleen voor leden")
    CollectionViewRestriction.objects.create(
        collection=members, restriction_type=BaseViewRestriction.LOGIN
    )
    document.collection = members.add_child(name="Modellen")  # a restriction holds below too
    document.save()
    return document


def test_the_document_block_is_shown_to_everyone_when_its_collection_is_open(client, demo_guide):
    document = document_of(demo_guide)
    html = client.get(demo_guide.url).content.decode()
    assert document.title in html and document.url in html


def test_anonymous_readers_see_no_title_or_link_of_a_members_document(
    client, demo_guide, members_only_document
):
    response = client.get(demo_guide.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert members_only_document.title not in html
    assert members_only_document.url not in html
    assert "block-document" not in html


def test_a_logged_in_reader_sees_the_members_document(client, demo_guide, members_only_document):
    user = get_user_model().objects.create_user("lid", "lid@example.org", "geheim-wachtwoord")
    client.force_login(user)
    html = client.get(demo_guide.url).content.decode()
    assert members_only_document.title in html and members_only_document.url in html


def test_the_api_leaves_out_a_members_document(client, demo_guide, members_only_document):
    for url in (f"/api/v2/pages/{demo_guide.id}/", f"/api/v3/pages/{demo_guide.id}/"):
        response = client.get(url)
        assert response.status_code == 200, url
        text = response.content.decode()
        assert members_only_document.title not in text, url
        assert members_only_document.url not in text, url
        blocks = [block for block in response.json()["body"] if block["type"] == "document"]
        assert blocks and all(block["value"] is None for block in blocks), url


def test_the_api_gives_an_open_document(client, demo_guide):
    document = document_of(demo_guide)
    body = client.get(f"/api/v2/pages/{demo_guide.id}/").json()["body"]
    [block] = [block for block in body if block["type"] == "document"]
    assert block["value"]["id"] == document.id
