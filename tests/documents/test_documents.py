"""Files carry a description and a language: editors fill them in, the API gives them."""

import pytest
from django.urls import reverse
from wagtail.documents import get_document_model

pytestmark = pytest.mark.django_db


def test_the_site_uses_its_own_document_model():
    assert get_document_model()._meta.label == "documents.KennispuntDocument"


def test_editors_see_description_and_language_in_the_upload_form(admin_client):
    html = admin_client.get(reverse("wagtaildocs:add")).content.decode()
    assert 'name="description"' in html
    assert 'name="language"' in html


@pytest.mark.usefixtures("demo_site")
def test_the_demo_files_have_descriptions():
    files = get_document_model().objects.all()
    assert files.count() >= 7
    assert all(file.description for file in files)


def test_the_documents_api_gives_description_language_and_download_url(client):
    file = get_document_model().objects.order_by("id").first()
    response = client.get(f"/api/v2/documents/{file.id}/")
    assert response.status_code == 200
    data = response.json()
    assert data["description"] == file.description
    assert data["language"] == "nl"
    assert data["meta"]["download_url"].endswith(file.file.name.split("/")[-1])
    listing = client.get("/api/v2/documents/", {"fields": "description,language"}).json()
    assert {item["id"] for item in listing["items"]} >= {file.id}
