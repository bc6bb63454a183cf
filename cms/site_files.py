"""The two files every crawler and browser asks for at the root: /robots.txt and /favicon.ico."""

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

# Pages a crawler has no use for: editors' screens, previews, the API (the decoupled app reads
# it, search engines read the HTML) and search results (endless combinations of one site).
PRIVATE_PATHS = ("/admin/", "/django-admin/", "/api/")


def search_paths():
    paths = []
    for language_code, _name in settings.LANGUAGES:
        with translation.override(language_code):
            paths.append(reverse("search"))
    return paths


@require_safe
@cache_control(public=True, max_age=3600)
def robots_txt(request):
    context = {
        "disallow": [*PRIVATE_PATHS, *search_paths()],
        "sitemap_url": request.build_absolute_uri("/sitemap.xml"),
    }
    return render(request, "robots.txt", context, content_type="text/plain; charset=utf-8")


@require_safe
@cache_control(public=True, max_age=86400)
def favicon(request):
    path = finders.find("favicon.ico")
    if path is None:
        raise Http404("favicon.ico")
    return FileResponse(open(path, "rb"), content_type="image/vnd.microsoft.icon")
