"""RSS 2.0 and Atom feeds of an archive's issues, in its language."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

FEED_LENGTH = 20


class IssuesRssFeed(Feed):
    path_suffix = "feed/"

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page
        self.language = index_page.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"{self.index_page.title} | Kennispunt Lokale Politieke Partijen"

    def link(self):
        return self.index_page.get_url(self.request)

    def description(self):
        return self.index_page.intro

    def feed_url(self):
        return self.index_page.get_full_url(self.request) + self.path_suffix

    def items(self):
        return self.index_page.issues[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


class IssuesAtomFeed(IssuesRssFeed):
    feed_type = Atom1Feed
    path_suffix = "atom/"

    def subtitle(self):
        return self.index_page.intro
