import shutil

import pytest
from django.conf import settings

from guides.demo.loader import DemoSite
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
