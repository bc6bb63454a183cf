"""Pages with many blocks and media, and JSON helpers, for the API tests."""

import uuid

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from guides.factories import GuidePageFactory, TopicPageFactory, paragraph
from guides.models import GuideIndexPage, GuideRelatedLink


def get_json(client, url, status=200, **params):
    response = client.get(url, params)
    assert response.status_code == status, response.content[:500]
    return response.json()


def rich_body(blocks=10):
    """A body with `blocks` paragraphs, images and documents."""
    images = list(get_image_model().objects.order_by("id")[:5])
    documents = list(get_document_model().objects.order_by("id")[:3])
    assert images and documents
    body = []
    for index in range(blocks):
        image = images[index % len(images)]
        document = documents[index % len(documents)]
        body.append(paragraph(f"Alinea {index}"))
        body.append(
            {
                "type": "image",
                "value": {"image": image.id, "alt_text": f"Beeld {index}", "caption": ""},
                "id": str(uuid.uuid4()),
            }
        )
        body.append(
            {
                "type": "document",
                "value": {"document": document.id, "title": "", "description": ""},
                "id": str(uuid.uuid4()),
            }
        )
    return body


def topic_with_guides(guides, blocks, slug="querytest"):
    index = GuideIndexPage.objects.get(locale__language_code="nl")
    topic = TopicPageFactory(parent=index, title=f"Onderwerp {slug}", slug=slug)
    created = [GuidePageFactory(parent=topic, body=rich_body(blocks)) for _ in range(guides)]
    for guide in created:
        other = created[0] if guide != created[0] else created[-1]
        GuideRelatedLink.objects.create(page=guide, guide=other)
    return topic, created
