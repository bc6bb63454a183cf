import os

import pytest
from django.core.management import call_command

from guides.factories import GuidePageFactory
from search.service import reset_node_state

OPENSEARCH_URL = os.environ.get("SEARCH_URL")


def pytest_collection_modifyitems(config, items):
    if OPENSEARCH_URL:
        return
    skip = pytest.mark.skip(reason="SEARCH_URL is not set: no OpenSearch node to test against")
    for item in items:
        if "opensearch" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def search_engine(request, settings):
    """Database tests use the database backend even when SEARCH_URL is set for the run."""
    reset_node_state()
    if "opensearch" not in request.keywords:
        settings.SEARCH_URL = None
        settings.WAGTAILSEARCH_BACKENDS = {
            "default": {"BACKEND": "wagtail.search.backends.database"}
        }


@pytest.fixture(params=["database", pytest.param("opensearch", marks=pytest.mark.opensearch)])
def engine(request):
    """Runs a test on the database backend and, in the OpenSearch stage, on the node."""
    if request.param == "opensearch":
        request.getfixturevalue("opensearch_index")
    return request.param


@pytest.fixture(scope="session")
def opensearch_index(django_db_setup, django_db_blocker):
    """The demo site in a freshly built OpenSearch index (refreshed: searchable at once)."""
    with django_db_blocker.unblock():
        call_command("update_index", verbosity=0)
    refresh_opensearch()


def refresh_opensearch():
    """Make what was just indexed searchable: the readers' indexes and Wagtail's page index."""
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    from search.engines import opensearch_index

    backend = get_search_backend()
    backend.es.indices.refresh(index=backend.get_index_for_model(Page).name)
    opensearch_index.refresh()


def index_in_opensearch(*pages):
    from search.documents import index_page

    for page in pages:
        index_page(page)
    refresh_opensearch()


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def new_guide(topic):
    def create(**fields):
        guide = GuidePageFactory.build(**fields)
        topic.add_child(instance=guide)
        return publish(guide)

    return create


def publish_english_guide():
    """A live English topic with one English guide about recruiting quokkas: (topic, guide)."""
    from wagtail.models import Locale

    from guides.factories import TopicPageFactory
    from guides.models import GuideIndexPage

    locale, _ = Locale.objects.get_or_create(language_code="en")
    index = GuideIndexPage.objects.get(locale__language_code="nl")
    topic = TopicPageFactory.build(title="Quokka topic", slug="quokka-topic", locale=locale)
    index.add_child(instance=topic)
    topic = publish(topic)
    guide = GuidePageFactory.build(
        title="Recruiting quokkas for your party",
        summary="How a recruitment plan brings in new quokkas.",
        locale=locale,
    )
    topic.add_child(instance=guide)
    return topic, publish(guide)
