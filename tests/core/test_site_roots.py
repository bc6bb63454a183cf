"""The sites' root paths are read once per read request (core/site_roots.py), and a site
saved between requests is seen by the next one."""

import pytest
from wagtail.models import Site
from wagtail.models import sites as wagtail_sites

pytestmark = pytest.mark.django_db


class CountingCache:
    """Wagtail's cache, counting the reads of the site root paths."""

    def __init__(self, cache):
        self.cache, self.reads = cache, []

    def get(self, key, *args, **kwargs):
        if key == wagtail_sites.SITE_ROOT_PATHS_CACHE_KEY:
            self.reads.append(key)
        return self.cache.get(key, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.cache, name)


@pytest.fixture
def root_path_reads(monkeypatch):
    counting = CountingCache(wagtail_sites.cache)
    monkeypatch.setattr(wagtail_sites, "cache", counting)
    return counting.reads


@pytest.mark.parametrize(
    "url", ["/api/v2/pages/?type=guides.GuidePage&fields=*", "/zoeken/?q=leden", "/"]
)
def test_a_read_request_reads_the_root_paths_once(client, root_path_reads, url):
    response = client.get(url)
    assert response.status_code == 200
    # The guide list alone builds over a hundred page URLs (related guides, translations).
    assert len(root_path_reads) <= 1


def test_a_guide_list_links_its_related_guides_and_translations(client):
    body = client.get("/api/v2/pages/?type=guides.GuidePage&fields=*&locale=nl").json()
    guide = next(item for item in body["items"] if item["related_guides"])
    assert guide["related_guides"][0]["url"].startswith("http")
    assert guide["translations"][0]["url"].startswith("http")


def test_a_site_saved_between_requests_changes_the_next_requests_urls(client, demo_guide):
    site = Site.objects.get(is_default_site=True)
    before = client.get(f"/api/v2/pages/{demo_guide.pk}/").json()["meta"]["html_url"]
    site.hostname, site.port = "kennispunt.example", 443
    site.save()
    after = client.get(f"/api/v2/pages/{demo_guide.pk}/").json()["meta"]["html_url"]
    assert before != after and after.startswith("https://kennispunt.example/")


def test_outside_a_request_every_call_reads_them(root_path_reads):
    Site.get_site_root_paths()
    Site.get_site_root_paths()
    assert len(root_path_reads) == 2
