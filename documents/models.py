from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument
from wagtail.search import index

LANGUAGE_CHOICES = [("nl", _("Nederlands")), ("en", _("Engels"))]


class KennispuntDocument(AbstractDocument):
    """A downloadable file: readers find it by its title and description in the site search."""

    description = models.TextField(
        _("beschrijving"),
        blank=True,
        help_text=_("Waar het document over gaat, in een of twee zinnen. Wordt doorzocht."),
    )
    language = models.CharField(
        _("taal"),
        max_length=2,
        choices=LANGUAGE_CHOICES,
        default="nl",
        help_text=_("De taal van het document; het verschijnt in de zoekresultaten in die taal."),
    )

    admin_form_fields = (*WagtailDocument.admin_form_fields, "description", "language")

    search_fields = [
        *AbstractDocument.search_fields,
        index.SearchField("description"),
        index.FilterField("language"),
    ]

    api_fields = ["description", "language"]
    # How results of this type are shown and weighted in the site search (search.registry).
    search_type_key = "document"
    search_type_label = _("Document")
    search_weight = 0.8

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documenten")
        permissions = [("choose_document", "Can choose document")]
