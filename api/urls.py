"""The HTTP API as a consumer sees it, mounted at /api/ by cms/urls.py."""

from django.urls import include, path

from .learning_paths import LearningPathsView
from .methods import with_head_and_options, wrap_patterns
from .problems import INVALID_PARAMETERS, as_problems, invalid_parameters_type
from .resources import ResourcesView
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
    path("resources/", ResourcesView.as_view(), name="api_resources"),
    path("learning-paths/", LearningPathsView.as_view(), name="api_learning_paths"),
]


# The ninja APIs answer HEAD and OPTIONS (api/methods.py); the search API every error as a
# problem.
search_urls, search_app, search_namespace = search_api.urls
wrap_patterns(search_urls, with_head_and_options, as_problems)
v3_urls, v3_app, v3_namespace = api_v3.urls
wrap_patterns(v3_urls, with_head_and_options)

urlpatterns = [
    path("v2/", include(site_urls)),
    path("v2/", api_router.urls),
    path("v3/", (v3_urls, v3_app, v3_namespace)),
    path("search/", (search_urls, search_app, search_namespace)),
    path(INVALID_PARAMETERS.removeprefix("/api/"), invalid_parameters_type),
]
