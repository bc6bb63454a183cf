"""The site's home page, its standard pages (about, privacy…) and its settings. The home
page shows what the sections offer (today the topics and latest guides), so home sits above
the section apps and imports them; they never import home."""

from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES, StandardBodyBlock
from core.models import BasePage, intro_field
from core.routing import DirectRouteMixin
from guides.models import GuidePage, TopicPage, with_guide_counts

from .services import home_services


class HomePage(DirectRouteMixin, BasePage):
    intro = intro_field()
    body = RichTextField(_("welkomsttekst"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    # How results of this type are shown and weighted in the site search (search.registry).
    search_type_key = "home"
    search_type_label = _("Startpagina")
    search_weight = 0.3
    api_fields = [
        *BasePage.api_fields,
        APIField("intro", writable=True),
        APIField("body", writable=True),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "guides.GuideIndexPage",
        "home.StandardPage",
        "news.NewsIndexPage",
        "newsletter.NewsletterIndexPage",
        "signpost.SignpostPage",
        "learningpaths.LearningPathIndexPage",
        "helpdesk.HelpdeskPage",
    ]

    class Meta:
        verbose_name = _("startpagina")
        verbose_name_plural = _("startpagina's")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: a page body from the fragment cache needs none of them (caching/fragments.py).
        context["topics"] = SimpleLazyObject(
            lambda: with_guide_counts(
                TopicPage.objects.live()
                .public()
                .filter(locale_id=self.locale_id)
                .select_related("image")
                .prefetch_related("image__renditions")
                .order_by("path")
            )
        )
        context["latest_guides"] = (
            GuidePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .select_related("topic")
            .order_by("-first_published_at")[:6]
        )
        context["services"] = SimpleLazyObject(lambda: home_services(self))
        return context


class StandardPage(BasePage):
    intro = intro_field()
    body = StreamField(StandardBodyBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    # How results of this type are shown and weighted in the site search (search.registry).
    search_type_key = "page"
    search_type_label = _("Pagina")
    search_weight = 0.6
    api_fields = [
        *BasePage.api_fields,
        APIField("intro", writable=True),
        APIField("body", writable=True),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standaardpagina")
        verbose_name_plural = _("standaardpagina's")


@register_setting(icon="site")
class SiteSettings(BaseGenericSetting):
    contact_email = models.EmailField(_("e-mailadres"), blank=True)
    contact_phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    funding_statement = models.TextField(_("financieringsverklaring"), blank=True)
    funding_statement_en = models.TextField(_("financieringsverklaring (Engels)"), blank=True)

    panels = [
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")], _("Contact")),
        MultiFieldPanel(
            [
                FieldPanel("x_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("youtube_url"),
            ],
            _("Sociale media"),
        ),
        MultiFieldPanel(
            [FieldPanel("funding_statement"), FieldPanel("funding_statement_en")],
            _("Financiering"),
        ),
    ]

    class Meta:
        verbose_name = _("site-instellingen")

    @property
    def social_links(self):
        labels = {
            "x_url": "X",
            "linkedin_url": "LinkedIn",
            "facebook_url": "Facebook",
            "instagram_url": "Instagram",
            "youtube_url": "YouTube",
        }
        return [
            {"name": label, "url": getattr(self, field)}
            for field, label in labels.items()
            if getattr(self, field)
        ]

    def funding_statement_for(self, language_code):
        if language_code == "en" and self.funding_statement_en:
            return self.funding_statement_en
        return self.funding_statement
