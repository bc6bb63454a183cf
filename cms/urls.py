from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import pgettext_lazy
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v3.urls import api as api_v3
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from delivery.views import health
from home.sitemaps import MultilingualSitemap
from parties.api import api as member_api
from search import views as search_views
from search.api import api as search_api

from .api import api_router
from .api import site_urls as api_site_urls

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", include(api_site_urls)),
    path("api/v2/", api_router.urls),
    path("api/v3/", api_v3.urls),
    path("api/search/", search_api.urls),
    path("api/auth/", include("allauth.headless.urls")),
    path("api/", member_api.urls),
    path("health/", health, name="health"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
if settings.DEBUG or settings.SERVE_MEDIA:
    from django.views.static import serve

    urlpatterns += [
        path(
            f"{settings.MEDIA_URL.strip('/')}/<path:path>",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

# Dutch is served without a prefix, English under /en/ (the search page at /en/search/; an
# English /en/zoeken/ link from before redirects there).
urlpatterns += i18n_patterns(
    path(pgettext_lazy("URL", "zoeken/"), search_views.search, name="search"),
    path("zoeken/", RedirectView.as_view(pattern_name="search", query_string=True, permanent=True)),
    path("account/", include("allauth.urls")),
    path(pgettext_lazy("URL", "mijn/"), include("accounts.urls")),
    path(pgettext_lazy("URL", "mijn/"), include("parties.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
