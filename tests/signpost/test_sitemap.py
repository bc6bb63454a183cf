"""The signpost, its dossiers and roles, news items and learning paths are in the sitemap in
both languages."""

import pytest

from learningpaths.factories import LearningPathIndexPageFactory, LearningPathPageFactory
from news.factories import NewsIndexPageFactory, NewsItemPageFactory
from signpost.factories import DossierPageFactory, RolePageFactory, SignpostPageFactory
from tests.sections import home, translate

pytestmark = pytest.mark.django_db


def test_sitemap_lists_signpost_news_and_paths_in_both_languages(client):
    signpost = SignpostPageFactory(parent=home("nl"))
    dossier = DossierPageFactory(parent=signpost, title="Wonen", slug="wonen")
    RolePageFactory(parent=signpost, title="Raadslid", slug="raadslid")
    news = NewsIndexPageFactory(parent=home("nl"))
    NewsItemPageFactory(parent=news, title="Nieuwe wegwijzer", slug="nieuwe-wegwijzer")
    paths = LearningPathIndexPageFactory(parent=home("nl"))
    path = LearningPathPageFactory(parent=paths, title="Een nieuw bestuur", slug="nieuw-bestuur")
    translate(signpost, title="Signpost", slug="signpost")
    translate(dossier, title="Housing", slug="housing")
    translate(news, title="News", slug="news")
    translate(paths, title="Learning paths", slug="learning-paths")
    translate(path, title="A new board", slug="a-new-board")
    sitemap = client.get("/sitemap.xml").content.decode()
    for url in (
        "/wegwijzer/wonen/",
        "/wegwijzer/raadslid/",
        "/nieuws/nieuwe-wegwijzer/",
        "/leerlijnen/nieuw-bestuur/",
        "/en/signpost/housing/",
        "/en/learning-paths/a-new-board/",
    ):
        assert f"{url}</loc>" in sitemap, url
