"""Which languages a page exists in, for the language switcher, hreflang, sitemap and API.

Dutch is the default language (no URL prefix); every other language lives under its own prefix.
A page's translations are the live, public pages that share its translation key.
"""

from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from . import request_memo

# What the switcher says, in the language it links to, when this page has no translation.
MISSING = {
    "nl": {
        "message": _("Deze pagina is niet in het Nederlands beschikbaar."),
        "home": _("Naar de Nederlandse startpagina"),
    },
    "en": {
        "message": _("Deze pagina is niet in het Engels beschikbaar."),
        "home": _("Naar de Engelse startpagina"),
    },
}


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def language_name(code):
    """The language's own name for itself: Nederlands, English."""
    names = dict(settings.LANGUAGES)
    with translation.override(code):
        return str(names[code])


def home_url(code):
    with translation.override(code):
        return reverse("wagtail_serve", args=[""])


def translations_of(page):
    """{language code: page} of the live, public versions of `page` (itself included)."""
    if page is None or not getattr(page, "translation_key", None):
        return {}
    if hasattr(page, "_prefetched_translations"):  # set in bulk by api.prefetch
        return page._prefetched_translations
    pages = (
        Page.objects.filter(translation_key=page.translation_key)
        .live()
        .public()
        .select_related("locale")
        .defer_streamfields()
    )
    versions = {other.locale.language_code: other for other in pages}
    if request_memo.current() is not None:
        # Within a read request the switcher and the hreflang links of one page both ask.
        page._prefetched_translations = versions
    return versions


def alternates(page, request=None):
    """[(hreflang, absolute url)] of a page's versions, with x-default for the Dutch one."""
    versions = translations_of(page)
    links = [
        (code, versions[code].get_full_url(request))
        for code in language_codes()
        if code in versions
    ]
    if len(links) < 2:
        return []  # a page in one language has no alternates
    default = versions.get(settings.LANGUAGE_CODE)
    if default is not None:
        links.append(("x-default", default.get_full_url(request)))
    return links


def is_plain_view(request):
    """True for a Django view under i18n_patterns (e.g. search), false for Wagtail's pages."""
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name != "wagtail_serve"


def language_links(page=None, request=None, current=None):
    """One entry per other language for the switcher: the same page when it exists there,
    otherwise that language's home page and (for a page) a message saying it is missing."""
    current = current or translation.get_language()
    versions = translations_of(page)
    links = []
    for code in language_codes():
        if code == current:
            continue
        target = versions.get(code)
        if target is not None:
            url, exists = target.get_url(request), True
        elif page is None and request is not None and is_plain_view(request):
            url = translate_url(request.get_full_path(), code)
            exists = True
        else:
            url, exists = home_url(code), False
        with translation.override(code):
            links.append(
                {
                    "code": code,
                    "name": language_name(code),
                    "url": url,
                    "exists": exists,
                    "message": str(MISSING[code]["message"]) if page and not exists else "",
                    "home_label": str(MISSING[code]["home"]),
                }
            )
    return links


def in_locale(pages, locale_id, queryset):
    """The versions of `pages` in the language `locale_id`, in the same order, from the live,
    public pages of `queryset` (pages linked on a Dutch original, shown on its translation)."""
    keys = list(dict.fromkeys(page.translation_key for page in pages))
    if not keys:
        return []
    found = {
        page.translation_key: page
        for page in queryset.live().public().filter(translation_key__in=keys, locale_id=locale_id)
    }
    return [found[key] for key in keys if key in found]
