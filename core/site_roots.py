"""The sites' root paths read once per read request (core/request_memo.py).

Wagtail keeps them in the cache and reads them again for every page URL built without a
request to hold the copy (related guides, translations): some sixty cache round trips for one
page of the API's guide list. Sites change only when an editor saves one, never in a GET."""

from wagtail.models import Site

from . import request_memo

_wagtail_get_site_root_paths = Site.get_site_root_paths


def get_site_root_paths():
    return request_memo.memoized("site_root_paths", _wagtail_get_site_root_paths)


def install():
    Site.get_site_root_paths = staticmethod(get_site_root_paths)
