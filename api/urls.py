"""The HTTP API as a consumer sees it, mounted at /api/ by cms/urls.py."""

from django.urls import include, path

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

urlpatterns = [
    path("v2/", include(site_urls)),
    path("v2/", api_router.urls),
    path("v3/", api_v3.urls),
    path("search/", search_api.urls),
]
