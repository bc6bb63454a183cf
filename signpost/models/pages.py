"""The signpost's pages: /wegwijzer/ with a page per role (raadslid, wethouder, …) and a
dossier per policy theme (onderwijs, wonen, …); both list curated resources.

Roles and resources are chosen on the Dutch original and kept in sync with its translations;
each page shows them in its own language where a translation exists."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import StandardBodyBlock
from core.i18n import in_locale
from core.models import BasePage, intro_field

from ..serializers import PageLinksField, ResourcesField
from .resources import Resource


class ResourceLink(Orderable):
    resource = models.ForeignKey(
        Resource, verbose_name=_("bron"), on_delete=models.CASCADE, related_name="+"
    )
    note = models.CharField(
        _("toelichting"),
        max_length=255,
        blank=True,
        help_text=_("Waarom deze bron hier staat (optioneel)."),
    )

    panels = [FieldPanel("resource"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("bron")
        verbose_name_plural = _("bronnen")


class WithResources:
    """A page with an ordered list of resources (`resource_links`), in the page's language."""

    @property
    def resources(self):
        """[(resource in this page's language where translated, note)] in the chosen order."""
        if hasattr(self, "_prefetched_resources"):
            return self._prefetched_resources
        links = list(self.resource_links.select_related("resource"))
        localized = {
            resource.translation_key: resource
            for resource in Resource.objects.filter(
                translation_key__in=[link.resource.translation_key for link in links],
                locale_id=self.locale_id,
            )
        }
        return [
            (localized.get(link.resource.translation_key, link.resource), link.note)
            for link in links
        ]

    def resources_words(self):
        """The chosen resources' words, so that the site search finds this page by them (a
        resource is a snippet, not a page: the page it is chosen into is its result). Each
        page class indexes it as `resources_text`, defined on the class itself: the search
        backends name a field after the model that defines it, and this mixin is no model."""
        return " ".join(
            f"{resource.title} {resource.organisation} {resource.description} {note}"
            for resource, note in self.resources
        )


class SignpostPage(BasePage):
    """/wegwijzer/: where representatives start, by their role or by a policy theme."""

    intro = intro_field()

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [*BasePage.api_fields, APIField("intro", writable=True)]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["signpost.RolePage", "signpost.DossierPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("wegwijzer")
        verbose_name_plural = _("wegwijzers")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["roles"] = RolePage.objects.child_of(self).live().public().order_by("path")
        context["dossiers"] = (
            DossierPage.objects.child_of(self)
            .live()
            .public()
            .defer_streamfields()
            .order_by("title")
        )
        return context


class RolePage(WithResources, BasePage):
    """What a raadslid, wethouder, fractievoorzitter, fractiemedewerker or bestuurslid needs."""

    @property
    def resources_text(self):
        return self.resources_words()

    intro = models.TextField(_("introductie"), max_length=600)
    body = StreamField(StandardBodyBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("resource_links", label=_("Bronnen")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
        index.SearchField("resources_text"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("intro", writable=True),
        APIField("body", writable=True),
        APIField("resources", serializer=ResourcesField()),
        APIField("dossiers", serializer=PageLinksField()),
    ]
    override_translatable_fields = [SynchronizedField("resource_links", overridable=False)]

    parent_page_types = ["signpost.SignpostPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("rol")
        verbose_name_plural = _("rollen")

    @property
    def dossiers(self):
        """The dossiers chosen for this role (on the Dutch original), in this page's language."""
        originals = {self.translation_key}
        chosen = DossierPage.objects.filter(roles__translation_key__in=originals).distinct()
        return in_locale(list(chosen.order_by("title")), self.locale_id, DossierPage.objects)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["resources"] = self.resources
        context["dossiers"] = self.dossiers
        return context


class RoleResourceLink(ResourceLink):
    page = ParentalKey(RolePage, related_name="resource_links", on_delete=models.CASCADE)


class DossierPage(WithResources, BasePage):
    """A policy theme for local representatives: an introduction in the centre's neutral
    voice, the key questions a councillor faces, and curated resources."""

    @property
    def resources_text(self):
        return self.resources_words()

    intro = models.TextField(_("introductie"), max_length=800)
    key_questions = StreamField(
        [("question", blocks.CharBlock(label=_("Vraag"), max_length=300))],
        verbose_name=_("kernvragen"),
        blank=True,
        help_text=_("De vragen waar een raadslid bij dit thema voor staat."),
    )
    body = StreamField(StandardBodyBlock(), verbose_name=_("inhoud"), blank=True)
    roles = ParentalManyToManyField(
        RolePage, verbose_name=_("voor wie"), blank=True, related_name="dossier_pages"
    )
    search_terms = models.CharField(
        _("zoekwoorden"),
        max_length=255,
        blank=True,
        help_text=_("Woorden waarmee raadsleden dit thema zoeken, gescheiden door spaties."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("key_questions"),
        FieldPanel("body"),
        FieldPanel("roles"),
        InlinePanel("resource_links", label=_("Bronnen")),
    ]
    promote_panels = [*Page.promote_panels, FieldPanel("search_terms")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro", boost=2),
        index.SearchField("key_questions", boost=2),
        index.SearchField("body"),
        index.SearchField("search_terms", boost=2),
        index.SearchField("resources_text"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("intro", writable=True),
        APIField("key_questions", writable=True),
        APIField("body", writable=True),
        APIField("localized_roles", serializer=PageLinksField()),
        APIField("resources", serializer=ResourcesField()),
    ]
    override_translatable_fields = [
        SynchronizedField("roles", overridable=False),
        SynchronizedField("resource_links", overridable=False),
    ]

    parent_page_types = ["signpost.SignpostPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("dossier")
        verbose_name_plural = _("dossiers")

    @property
    def localized_roles(self):
        return in_locale(list(self.roles.order_by("path")), self.locale_id, RolePage.objects)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["resources"] = self.resources
        context["roles"] = self.localized_roles
        return context


class DossierResourceLink(ResourceLink):
    page = ParentalKey(DossierPage, related_name="resource_links", on_delete=models.CASCADE)
