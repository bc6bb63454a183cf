from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.staticfiles.urls import staticfiles_urlpatterns
from django.urls import include, path
from django.utils.translation import pgettext_lazy
from django.views.generic import RedirectView
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from accounts.two_factor import AdminLoginView
from core.health import healthz, readyz
from core.sitemaps import MultilingualSitemap
from core.views import health
from parties.api import api as member_api
from search import views as search_views

from .site_files import favicon, robots_txt

urlpatterns = [
    path("django-admin/", admin.site.urls),
    # Wagtail's login, with allauth's second step when ADMIN_REQUIRE_TWO_FACTOR is on.
    path("admin/login/", AdminLoginView.as_view()),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/auth/", include("allauth.headless.urls")),
    path("api/", include("api.urls")),
    path("api/", member_api.urls),
    path("health/", health, name="health"),
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
]

if settings.DEBUG:
    urlpatterns += staticfiles_urlpatterns()
if settings.DEBUG or settings.SERVE_MEDIA:
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
    path("forum/", include("forum.urls")),
    path("", include("newsletter.urls")),
    path("", include("trainings.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler404 = "core.views.page_not_found"
handler500 = "cms.errors.server_error"
