"""Page view restrictions are read once per read request (core/view_restrictions.py), and a
restriction saved takes effect on the very next request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

pytestmark = pytest.mark.django_db


def restriction_reads(client, url):
    client.get(url)  # the first request of a test warms Wagtail's own caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return sum("wagtailcore_pageviewrestriction" in q["sql"] for q in queries.captured_queries)


@pytest.mark.parametrize("url", ["/", "/api/v2/pages/?type=guides.GuidePage&fields=*"])
def test_a_page_reads_the_restrictions_at_most_twice(client, url):
    # Wagtail's `public()` once (for every call) and the API's own visibility check or the
    # served page's own restrictions once; the home page read them 13 times before.
    assert restriction_reads(client, url) <= 2


def test_a_guide_detail_reads_them_at_most_twice(client, demo_guide):
    assert restriction_reads(client, f"/api/v2/pages/{demo_guide.pk}/") <= 2


def test_a_restriction_saved_between_requests_hides_the_page_at_once(client, demo_guide):
    topic_url = demo_guide.get_parent().url
    assert demo_guide.url.encode() in client.get(topic_url).content
    PageViewRestriction.objects.create(page=demo_guide, restriction_type="login")
    assert demo_guide.url.encode() not in client.get(topic_url).content
    assert client.get(f"/api/v2/pages/{demo_guide.pk}/").status_code == 404


def test_outside_a_request_public_always_reads_the_current_restrictions(demo_guide):
    assert Page.objects.public().filter(pk=demo_guide.pk).exists()
    PageViewRestriction.objects.create(page=demo_guide, restriction_type="login")
    assert not Page.objects.public().filter(pk=demo_guide.pk).exists()
