from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .analysis import words

LANGUAGE_CHOICES = [("nl", _("Nederlands")), ("en", _("Engels"))]


class Synonym(models.Model):
    """A group of words or phrases that mean the same to readers (editor-managed content)."""

    terms = models.TextField(
        _("woorden"),
        help_text=_(
            "Woorden of woordgroepen met dezelfde betekenis, gescheiden door komma's, "
            "bijvoorbeeld: fusie, samengaan, samenvoegen."
        ),
    )
    language = models.CharField(_("taal"), max_length=2, choices=LANGUAGE_CHOICES, default="nl")
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    class Meta:
        verbose_name = _("synoniem")
        verbose_name_plural = _("synoniemen")
        ordering = ["language", "terms"]

    def __str__(self):
        return self.terms

    @property
    def phrases(self):
        """The group's phrases, each as a tuple of folded words."""
        found = (tuple(words(part)) for part in self.terms.split(","))
        return [phrase for phrase in found if phrase]


class SearchDocument(models.Model):
    """What the database backend knows of one live, public page (drafts never get here) or of
    one downloadable file outside a restricted collection: exactly one of `page` and `file`."""

    # No database constraint: a page deleted without Django's collector (tree operations) must
    # not block the transaction; the post_delete handler and the service drop such documents.
    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        db_constraint=False,
        related_name="search_document",
        null=True,
    )
    file = models.OneToOneField(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        on_delete=models.CASCADE,
        related_name="search_document",
        null=True,
    )
    language = models.CharField(max_length=10, db_index=True)
    kind = models.CharField(max_length=100)
    title = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    text = models.TextField(blank=True)
    topic_slug = models.CharField(max_length=255, blank=True, db_index=True)
    topic_name = models.CharField(max_length=255, blank=True)
    keywords = models.TextField(blank=True)
    headings = models.TextField(blank=True)
    # From the search registry: the type facet's key and the page-type weight.
    type_key = models.CharField(max_length=50, blank=True, db_index=True)
    boost = models.FloatField(default=1.0)
    date = models.DateField(null=True, blank=True)
    indexed_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        verbose_name = _("zoekdocument")
        verbose_name_plural = _("zoekdocumenten")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(page__isnull=False, file__isnull=True)
                | models.Q(page__isnull=True, file__isnull=False),
                name="search_document_page_or_file",
            )
        ]

    def __str__(self):
        return self.title


class SearchTerm(models.Model):
    """One posting of the inverted index: a term of a document and its weight."""

    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="terms")
    term = models.CharField(max_length=100)
    weight = models.FloatField()

    class Meta:
        indexes = [models.Index(fields=["term", "document"])]

    def __str__(self):
        return self.term


class UnansweredQuery(models.Model):
    """A reader's query that found nothing, so editors can add content or synonyms."""

    query_string = models.CharField(_("zoekopdracht"), max_length=255)
    language = models.CharField(_("taal"), max_length=10, default="nl")
    hits = models.PositiveIntegerField(_("aantal keer"), default=0)
    last_searched = models.DateTimeField(_("laatst gezocht"), auto_now=True)

    class Meta:
        verbose_name = _("zoekopdracht zonder resultaat")
        verbose_name_plural = _("zoekopdrachten zonder resultaat")
        ordering = ["-hits", "-last_searched"]
        constraints = [
            models.UniqueConstraint(fields=["query_string", "language"], name="unique_unanswered")
        ]

    def __str__(self):
        return self.query_string


class ReaderWord(models.Model):
    """A word readers may type (titles, summaries, topics, keywords, synonyms): PostgreSQL
    corrects typos against these by trigram similarity (pg_trgm)."""

    language = models.CharField(max_length=10)
    word = models.CharField(max_length=255)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["language", "word"], name="unique_reader_word")
        ]

    def __str__(self):
        return self.word
