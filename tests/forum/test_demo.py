"""The demo forum: members of the demo parties and a few dozen threads, loaded as an upsert."""

from types import SimpleNamespace

import pytest
import yaml

from demo.sections.forum import SOURCES, load
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


def test_the_demo_forum_has_english_threads_by_members_who_write_english(django_user_model):
    load_demo_parties()
    load(SimpleNamespace(log=lambda message: None), {})
    english = Thread.objects.filter(title__in=[
        "Can I stand as a candidate without Dutch nationality?",
        "Campaigning in two languages",
        "Is it fine to post in English here?",
    ])  # fmt: skip
    assert english.count() == 3
    emma = django_user_model.objects.get(username="demo-emma")
    assert emma.member_profile.language == "en" and forum_access(emma).allowed
    assert Post.objects.filter(author=emma).count() >= 3
    anne = django_user_model.objects.get(username="demo-anne")
    assert anne.member_profile.language == "nl"
    assert Post.objects.filter(author=anne, thread__title__startswith="Is it fine").exists()
    titles = [t["title"] for t in yaml.safe_load(SOURCES["en"].read_text())["threads"]]
    assert len(titles) >= 12 and Thread.objects.filter(title__in=titles).count() == len(titles)
