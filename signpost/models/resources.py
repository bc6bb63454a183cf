"""Resources: an external source (a handreiking, a law, a training of another organisation, a
website, research) described once and chosen into any number of dossiers and role pages."""

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Resource(TranslatableMixin, index.Indexed, models.Model):
    class Kind(models.TextChoices):
        GUIDANCE = "handreiking", _("Handreiking")
        LEGISLATION = "regelgeving", _("Wet- en regelgeving")
        TRAINING = "opleiding", _("Opleiding")
        WEBSITE = "website", _("Website")
        RESEARCH = "onderzoek", _("Onderzoek")

    class Language(models.TextChoices):
        DUTCH = "nl", _("Nederlands")
        ENGLISH = "en", _("Engels")

    title = models.CharField(_("titel"), max_length=200)
    organisation = models.CharField(
        _("organisatie"), max_length=150, help_text=_("Wie de bron uitgeeft of aanbiedt.")
    )
    url = models.URLField(_("link"), max_length=500)
    description = models.TextField(
        _("beschrijving"),
        max_length=800,
        help_text=_("Wat een raadslid of bestuurder aan deze bron heeft, in twee of drie zinnen."),
    )
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    language = models.CharField(
        _("taal van de bron"), max_length=2, choices=Language.choices, default=Language.DUTCH
    )
    date_checked = models.DateField(
        _("gecontroleerd op"),
        null=True,
        blank=True,
        help_text=_("Wanneer iemand de bron voor het laatst heeft bekeken."),
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("organisation"),
        FieldPanel("url"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("language"), FieldPanel("date_checked")],
            _("Kenmerken"),
        ),
    ]
    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("organisation"),
        index.SearchField("description"),
        index.AutocompleteField("title"),
        index.FilterField("kind"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["title"]
        verbose_name = _("bron")
        verbose_name_plural = _("bronnen")

    def __str__(self):
        return f"{self.title} ({self.organisation})"

    def search_dependent_pages(self):
        """The pages this resource is chosen into, in every language: the site search indexes
        its words with them (search.registry), so they follow when it is edited."""
        versions = Resource.objects.filter(translation_key=self.translation_key)
        pages = []
        for name in ("DossierPage", "RolePage"):
            model = apps.get_model("signpost", name)
            chosen = model.objects.filter(resource_links__resource__in=versions).distinct()
            keys = chosen.values("translation_key")
            pages.extend(model.objects.filter(translation_key__in=keys))
        return pages

    def api_representation(self, note=""):
        return {
            "id": self.id,
            "title": self.title,
            "organisation": self.organisation,
            "url": self.url,
            "description": self.description,
            "kind": self.kind,
            "kind_label": str(self.get_kind_display()),
            "language": self.language,
            "date_checked": self.date_checked.isoformat() if self.date_checked else None,
            "note": note,
        }
