"""The base page every page type of the site extends, and the fields several page types
declare the same way."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.api import APIField
from wagtail.models import Page

from .api import TranslationsField
from .i18n import alternates
from .preview import AppPreviewMixin
from .routing import routed_ancestors


def intro_field():
    return models.TextField(
        _("introductie"),
        blank=True,
        max_length=600,
        help_text=_("Eén of twee zinnen die boven de pagina en in overzichten verschijnen."),
    )


class BasePage(AppPreviewMixin, Page):
    """What every page of the site shares: breadcrumbs, the SEO fields in the API, the
    translations, the preview in the decoupled app, and the page-type rules' default (no
    children unless a page type says so)."""

    api_fields = [
        APIField("search_description"),
        APIField("translations", serializer=TranslationsField(source="*")),
    ]
    subpage_types = []

    class Meta:
        abstract = True

    def get_sitemap_urls(self, request=None):
        """Each URL with its versions in the other languages (hreflang, x-default)."""
        urls = super().get_sitemap_urls(request)
        links = alternates(self, request)
        if links:
            for url in urls:
                url["alternates"] = [
                    {"lang_code": code, "location": location} for code, location in links
                ]
        return urls

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["breadcrumbs"] = self.breadcrumbs()
        return context

    def breadcrumbs(self):
        """The live pages above this one from the site's root down (their title and URL),
        from routing's pages where it found them (core/routing.py), else in one query."""
        chain = routed_ancestors(self)
        if chain is None:
            return self.get_ancestors().filter(depth__gt=1).live()
        return [page for page in reversed(chain[1:]) if page.live]
