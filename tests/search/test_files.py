"""Files (Wagtail documents) are found by title and description next to the pages, on the
database backend and on OpenSearch; files in a restricted collection never are."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from search.service import SearchRequest, search

from .conftest import refresh_opensearch

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def run(q, locale="nl", **kwargs):
    return search(SearchRequest.from_raw(q, locale, **kwargs))


def file_titles(q, locale="nl", **kwargs):
    return [hit.file.title for hit in run(q, locale, **kwargs).hits if hit.is_file]


@pytest.fixture
def upload(admin_client, engine):
    """Uploads a file through the admin form, as an editor does."""

    def add(title, description, language="nl", collection=None):
        collection = collection or Collection.get_first_root_node()
        response = admin_client.post(
            reverse("wagtaildocs:add"),
            {
                "title": title,
                "file": SimpleUploadedFile(f"{title[:20]}.pdf", PDF, "application/pdf"),
                "collection": collection.id,
                "description": description,
                "language": language,
                "tags": "",
            },
        )
        assert response.status_code == 302, response.content[:500]
        file = get_document_model().objects.get(title=title)
        if engine == "opensearch":
            refresh_opensearch()
        return file

    return add


def test_a_file_is_found_by_its_title_and_description(upload):
    file = upload("Zeepkistformulier", "Aanmeldformulier voor de kruimeldiefjesavond.")
    assert file_titles("zeepkistformulier") == ["Zeepkistformulier"]
    response = run("kruimeldiefjesavond")
    hit = next(hit for hit in response.hits if hit.is_file)
    assert hit.file == file
    assert "<mark>" in hit.snippet.lower()


def test_the_search_api_gives_a_file_its_type_and_download_url(client, upload):
    file = upload("Zeepkistformulier", "Aanmeldformulier voor de kruimeldiefjesavond.")
    data = client.get("/api/search/", {"q": "kruimeldiefjesavond"}).json()
    item = next(item for item in data["items"] if item["type"] == "documents.KennispuntDocument")
    assert item["id"] == file.id
    assert item["title"] == "Zeepkistformulier"
    assert item["topic"] is None
    download = client.get(item["url"])
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")


def test_the_search_page_offers_the_download(client, upload):
    file = upload("Zeepkistformulier", "Aanmeldformulier voor de kruimeldiefjesavond.")
    html = client.get("/zoeken/", {"q": "kruimeldiefjesavond"}).content.decode()
    assert f'href="{file.url}"' in html
    assert "Document om te downloaden (PDF" in html


def test_editing_the_description_changes_what_finds_the_file(admin_client, upload, engine):
    file = upload("Zeepkistformulier", "Aanmeldformulier voor de kruimeldiefjesavond.")
    response = admin_client.post(
        reverse("wagtaildocs:edit", args=[file.id]),
        {
            "title": file.title,
            "collection": file.collection_id,
            "description": "Draaiboek voor de snoepwinkelmiddag.",
            "language": "nl",
            "tags": "",
        },
    )
    assert response.status_code == 302
    if engine == "opensearch":
        refresh_opensearch()
    assert file_titles("snoepwinkelmiddag") == ["Zeepkistformulier"]
    assert file_titles("kruimeldiefjesavond") == []


def test_files_in_a_restricted_collection_are_never_found(upload, engine):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Alleen voor leden")
    upload("Zeepkistformulier", "Aanmeldformulier voor de kruimeldiefjesavond.", collection=private)
    assert file_titles("kruimeldiefjesavond") != []
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    if engine == "opensearch":
        refresh_opensearch()
    assert file_titles("kruimeldiefjesavond") == []
    restriction.delete()
    if engine == "opensearch":
        refresh_opensearch()
    assert file_titles("kruimeldiefjesavond") == ["Zeepkistformulier"]


def test_a_deleted_file_is_gone(upload, engine):
    file = upload("Zeepkistformulier", "Aanmeldformulier voor de kruimeldiefjesavond.")
    file.delete()
    if engine == "opensearch":
        refresh_opensearch()
    assert file_titles("kruimeldiefjesavond") == []


def test_a_file_is_found_in_its_own_language_only(upload):
    upload("Soapbox form", "Registration form for the crumb thief evening.", language="en")
    assert file_titles("crumb thief", locale="en") == ["Soapbox form"]
    assert file_titles("crumb thief") == []


def test_a_topic_filter_leaves_files_out(upload):
    upload("Ledenformulier", "Formulier om nieuwe leden te werven.")
    assert "Ledenformulier" in file_titles("leden werven")
    assert file_titles("leden werven", topic="ledenwerving") == []
