"""The HTTP API as a consumer sees it, mounted at /api/ by cms/urls.py."""

from django.urls import include, path

from .problems import INVALID_PARAMETERS, as_problems, invalid_parameters_type
from .router import api_router
from .search import api as search_api
from .site import FooterView, NavigationView, SiteSettingsView, TopicsView
from .v3 import api as api_v3

# What is not a page but the decoupled app needs, next to the router's endpoints.
site_urls = [
    path("topics/", TopicsView.as_view(), name="api_topics"),
    path("navigation/", NavigationView.as_view(), name="api_navigation"),
    path("site-settings/", SiteSettingsView.as_view(), name="api_site_settings"),
    path("footer/", FooterView.as_view(), name="api_footer"),
]


def with_problems(patterns):
    """The ninja API's URL patterns, each view answering every error as a problem."""
    for pattern in patterns:
        if hasattr(pattern, "url_patterns"):
            with_problems(pattern.url_patterns)
        else:
            pattern.callback = as_problems(pattern.callback)
    return patterns


search_urls, search_app, search_namespace = search_api.urls
with_problems(search_urls)

urlpatterns = [
    path("v2/", include(site_urls)),
    path("v2/", api_router.urls),
    path("v3/", api_v3.urls),
    path("search/", (search_urls, search_app, search_namespace)),
    path(INVALID_PARAMETERS.removeprefix("/api/"), invalid_parameters_type),
]
