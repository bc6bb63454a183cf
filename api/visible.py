"""The pages the v2 API shows a reader, as Wagtail's `get_public_pages_queryset` builds them,
without its two queries of its own: the view restrictions come from the request's one read
(core/view_restrictions.py) and the site's root page in every language from Wagtail's cached
site root paths (a page is below a root page when its `url_path` starts with the root's)."""

from django.conf import settings
from django.db.models import Q
from wagtail.api.querysets import get_public_pages_queryset
from wagtail.api.validators import SiteFilterValidator
from wagtail.models import Page, Site

from core import request_memo
from core.view_restrictions import all_restrictions


def public_pages_queryset(request):
    if request_memo.current() is None or not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return get_public_pages_queryset(request)
    queryset = Page._default_manager.all().live()
    for restriction in all_restrictions():
        if not restriction.accept_request(request):
            queryset = queryset.not_descendant_of(restriction.page, inclusive=True)
    site = SiteFilterValidator(site=request.GET.get("site"), request=request).site_obj
    if not site:
        return queryset.none()
    below_a_root = Q()
    for root in Site.get_site_root_paths():
        if root.site_id == site.id:
            below_a_root |= Q(url_path__startswith=root.root_path)
    if not below_a_root:
        return get_public_pages_queryset(request)
    return queryset.filter(below_a_root)
