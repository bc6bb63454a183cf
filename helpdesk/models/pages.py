"""The helpdesk's pages: how to reach it (with the question form as a sub-route), the FAQ
grouped by topic, and one FAQ entry per page (so each is translatable, in the API, the
sitemap and the site search like any other page)."""

import json

from django.db import models
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.models import BasePage, intro_field
from guides.serializers import TopicField


def live_entries(locale):
    return (
        FAQEntryPage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("topic")
        .order_by("topic__title", "title")
    )


def grouped_by_topic(entries):
    """[(topic or None, [entries])] in topic order, "anders" (no topic) last."""
    groups = {}
    for entry in entries:
        groups.setdefault(entry.topic, []).append(entry)
    named = sorted((t for t in groups if t is not None), key=lambda t: t.title)
    result = [(topic, groups[topic]) for topic in named]
    if None in groups:
        result.append((None, groups[None]))
    return result


def faq_json_ld(entries):
    """schema.org FAQPage markup for the given entries."""
    data = {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": entry.title,
                "acceptedAnswer": {"@type": "Answer", "text": strip_tags(entry.answer).strip()},
            }
            for entry in entries
        ],
    }
    # Escaped for a <script> element: no "</script>" can end it early.
    text = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    return mark_safe(text)  # noqa: S308 - escaped above


class HelpdeskPage(RoutablePageMixin, BasePage):
    """/helpdesk/: how to reach the helpdesk, the FAQ, and the question form (ask/, status/)."""

    intro = intro_field()
    opening_hours = models.CharField(
        _("bereikbaarheid"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld: maandag tot en met donderdag van 9.00 tot 17.00 uur."),
    )
    body = RichTextField(_("tekst"), blank=True, features=["bold", "italic", "link", "ul"])

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("opening_hours"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    search_type_key = "helpdesk"
    search_type_label = _("Helpdesk")
    search_weight = 0.5
    api_fields = [
        *BasePage.api_fields,
        APIField("intro", writable=True),
        APIField("opening_hours", writable=True),
        APIField("body", writable=True),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["helpdesk.FAQIndexPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("helpdeskpagina")
        verbose_name_plural = _("helpdeskpagina's")

    def faq_index(self):
        return FAQIndexPage.objects.child_of(self).live().public().first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        entries = list(live_entries(self.locale))
        context["faq_groups"] = grouped_by_topic(entries)
        context["faq_index"] = self.faq_index()
        context["ask_url"] = self.ask_url()
        return context

    def ask_url(self):
        return self.url + self.reverse_subpage("ask")

    @path("")
    def index(self, request):
        return self.render(request)

    # The form's views, set by HelpdeskConfig.ready() (views use the models, not the reverse).
    ask_view = None
    status_view = None

    @path("vraag/", name="ask")
    def ask(self, request):
        return self.ask_view(request, self)

    @path("status/", name="status")
    def status(self, request):
        # The signed token is a query parameter: Wagtail's page paths allow no ":".
        return self.status_view(request, self, request.GET.get("t", "")[:300])


class FAQIndexPage(BasePage):
    """All FAQ entries of a language, grouped by topic, with anchors and FAQPage JSON-LD."""

    intro = intro_field()

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    search_type_key = "overview"
    search_type_label = _("Overzicht")
    search_weight = 0.3
    api_fields = [*BasePage.api_fields, APIField("intro", writable=True)]

    parent_page_types = ["helpdesk.HelpdeskPage"]
    subpage_types = ["helpdesk.FAQEntryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("veelgestelde vragen")
        verbose_name_plural = _("overzichten van veelgestelde vragen")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        entries = list(live_entries(self.locale))
        context["faq_groups"] = grouped_by_topic(entries)
        context["faq_json_ld"] = faq_json_ld(entries)
        return context


class FAQEntryPage(BasePage):
    """One frequently asked question (the title) and its answer, anonymous by design."""

    answer = RichTextField(_("antwoord"), features=["bold", "italic", "link", "ol", "ul", "h3"])
    topic = models.ForeignKey(
        "guides.TopicPage",
        verbose_name=_("onderwerp"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="faq_entries",
        help_text=_("Leeg: het onderwerp ‘anders’."),
    )

    content_panels = [*Page.content_panels, FieldPanel("answer"), FieldPanel("topic")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("answer"),
        index.FilterField("topic"),
    ]
    search_type_key = "faq"
    search_type_label = _("Veelgestelde vraag")
    # A short answer beside the guide that explains the subject: just below it.
    search_weight = 0.9

    def search_topic(self):
        return self.topic

    api_fields = [
        *BasePage.api_fields,
        APIField("answer", writable=True),
        APIField("topic", serializer=TopicField()),
    ]

    parent_page_types = ["helpdesk.FAQIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("veelgestelde vraag")
        verbose_name_plural = _("veelgestelde vragen")

    @property
    def anchor(self):
        return f"vraag-{self.slug}"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["faq_json_ld"] = faq_json_ld([self])
        return context
