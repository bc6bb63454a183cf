import os
import shutil

import pytest
from django.conf import settings
from django.core.management import call_command

from demo.loader import DemoSite
from guides.models import GuidePage, TopicPage
from tests.demo_server import STACK_VARIABLE
from tests.sites import SmallSite, remove_site

DEMO_SITE = "demo_site"
state = {"demo_loaded": False}


def pytest_collection_modifyitems(config, items):
    """Tests on the demo site run last: the first of them replaces the small site with it.
    Tests of the whole stack run only in its stage of `make test`, which starts it."""
    if not os.environ.get(STACK_VARIABLE):
        stack_tests = [item for item in items if item.get_closest_marker("stack")]
        if stack_tests:
            config.hook.pytest_deselected(items=stack_tests)
            items[:] = [item for item in items if not item.get_closest_marker("stack")]
    items.sort(key=lambda item: DEMO_SITE in item.fixturenames)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the small site (tests/sites.py), built once per run; each test's
    own changes are rolled back."""
    with django_db_blocker.unblock():
        SmallSite().build()
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture
def response_cache(settings):
    """The response cache on, storing at once after a change; entries of other tests (whose
    changes were rolled back without a bump) are out of reach."""
    from django.core.cache import caches

    from caching.response_cache import SETTLING_KEY, bump_generation

    settings.API_RESPONSE_CACHE = True
    settings.API_RESPONSE_CACHE_SETTLE = 0
    caches["default"].delete(SETTLING_KEY)
    bump_generation()
    yield
    caches["default"].delete(SETTLING_KEY)
    bump_generation()


@pytest.fixture(scope="session")
def demo_site(django_db_setup, django_db_blocker):
    """The whole demo site in place of the small one, for tests whose subject is the demo
    content (`pytestmark = pytest.mark.usefixtures("demo_site")`); those run last."""
    with django_db_blocker.unblock():
        remove_site()
        DemoSite(log=lambda message: None).load()
        if settings.SEARCH_URL:
            call_command("update_index", verbosity=0)
            refresh_search_indexes()
    state["demo_loaded"] = True


def refresh_search_indexes():
    from wagtail.documents import get_document_model
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    for model in (Page, get_document_model()):
        backend.es.indices.refresh(index=backend.get_index_for_model(model).name)


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's language: a test that activates English (a request under
    /en/, translation.activate) must not leave it to the next."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _site_is_the_one_the_test_expects(request):
    if state["demo_loaded"] and DEMO_SITE not in request.fixturenames:
        pytest.fail("a small-site test ran after the demo site replaced the small site")
    yield
    # Wagtail caches the sites' root paths; a test's rolled-back Site must not outlive it.
    from wagtail.models import Site

    Site.clear_site_root_paths_cache()


@pytest.fixture
def demo_guide(db):
    return GuidePage.objects.live().get(slug="wervingsplan")


@pytest.fixture
def topic(db):
    return TopicPage.objects.get(slug="ledenwerving", locale__language_code="nl")


@pytest.fixture
def editor(admin_user, client):
    """An editor with every permission, logged in on `client`."""
    client.force_login(admin_user)
    return admin_user


@pytest.fixture
def editor_client(client, editor):
    return client


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server on a free loopback port, with Django's mail settings pointing at it
    (tests/smtp_server.py): `smtp_server.messages` holds what it accepted."""
    from tests.smtp_server import SmtpServer

    server = SmtpServer().start()
    for name, value in server.settings().items():
        setattr(settings, name, value)
    yield server
    server.stop()


@pytest.fixture
def database_tasks(settings):
    """Background tasks go to the database backend (as in production) instead of running at
    once; run them with the `worker` fixture (tests/task_worker.py)."""
    from tests.task_worker import DATABASE_TASKS

    settings.TASKS = DATABASE_TASKS
    settings.JOBS_RETRY_DELAY = 60
    return settings


@pytest.fixture
def worker():
    from tests.task_worker import run_worker

    return run_worker
