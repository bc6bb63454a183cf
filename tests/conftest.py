import shutil

import pytest
from django.conf import settings

from demo.loader import DemoSite
from guides.models import GuidePage, TopicPage


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo site, loaded once per run; each test's own changes are
    rolled back."""
    with django_db_blocker.unblock():
        DemoSite(log=lambda message: None).load()
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


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
