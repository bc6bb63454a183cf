"""The demo forum: members of the demo parties and a few dozen threads, loaded as an upsert."""

from types import SimpleNamespace

import pytest

from demo.sections.forum import load
from forum.access import forum_access
from forum.models import Category, Post, Thread
from parties.demo import load_demo_parties

pytestmark = pytest.mark.django_db


def test_the_demo_forum_is_loaded_once_across_categories(django_user_model):
    load_demo_parties()
    logs = []
    demo = SimpleNamespace(log=logs.append)
    load(demo, {})
    counts = (Thread.objects.count(), Post.objects.count(), django_user_model.objects.count())
    load(demo, {})
    assert (
        Thread.objects.count(),
        Post.objects.count(),
        django_user_model.objects.count(),
    ) == counts
    assert counts[0] >= 24 and counts[1] >= 2 * counts[0]
    used = Category.objects.filter(threads__isnull=False).distinct().count()
    assert used >= 7
    anne = django_user_model.objects.get(username="demo-anne")
    assert forum_access(anne).allowed
    assert "Demo forum:" in logs[-1]
