"""The archive (/nieuwsbrieven/, /en/newsletters/) and its issues."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.models import BasePage, intro_field
from core.pagination import reader_page

from ..blocks import IssueBodyBlock
from ..trainings import as_shown, upcoming_trainings

MAX_TRAININGS = 12

ISSUES_PER_PAGE = 12


class NewsletterIndexPage(RoutablePageMixin, BasePage):
    intro = intro_field()

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [*BasePage.api_fields, APIField("intro", writable=True)]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["newsletter.NewsletterIssuePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("nieuwsbriefarchief")
        verbose_name_plural = _("nieuwsbriefarchieven")

    @property
    def issues(self):
        return (
            NewsletterIssuePage.objects.child_of(self)
            .live()
            .public()
            .defer_streamfields()
            .order_by("-date", "-first_published_at")
        )

    def get_context(self, request, *args, **kwargs):
        from ..forms import SubscribeForm

        context = super().get_context(request, *args, **kwargs)
        context["issues"] = reader_page(self.issues, request, ISSUES_PER_PAGE)
        context["form"] = SubscribeForm(language=self.locale.language_code)
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("feed/", name="rss")
    def rss_feed(self, request):
        from ..feeds import IssuesRssFeed

        return IssuesRssFeed(self)(request)

    @path("atom/", name="atom")
    def atom_feed(self, request):
        from ..feeds import IssuesAtomFeed

        return IssuesAtomFeed(self)(request)

    def get_cached_paths(self):
        return ["/", "/feed/", "/atom/"]


class NewsletterIssuePage(BasePage):
    date = models.DateField(_("datum"), default=datetime.date.today)
    summary = models.TextField(
        _("samenvatting"),
        max_length=400,
        help_text=_(
            "Eén of twee zinnen; verschijnt in het archief, de feeds en de zoekresultaten."
        ),
    )
    body = StreamField(IssueBodyBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("date", writable=True),
        APIField("summary", writable=True),
        APIField("body", writable=True),
        APIField("sent_trainings"),
    ]
    override_translatable_fields = [SynchronizedField("date", overridable=False)]

    search_type_key = "newsletter"
    search_type_label = _("Nieuwsbrief")
    search_weight = 0.6

    parent_page_types = ["newsletter.NewsletterIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("nieuwsbrief")
        verbose_name_plural = _("nieuwsbrieven")
        ordering = ["-date"]

    def search_date(self):
        return self.date

    @property
    def sent_send(self):
        from .sending import Send

        return self.sends.filter(kind=Send.Kind.ISSUE).order_by("created_at").first()

    @property
    def sent_trainings(self):
        """The trainings as they went out, or None before the issue is sent."""
        send = self.sent_send
        return send.trainings if send else None

    def trainings_for(self, limit):
        """What the trainings block shows: the list as sent, or (before sending, in a
        preview) today's agenda."""
        sent = self.sent_trainings
        if sent is None:
            sent = upcoming_trainings(self.locale.language_code, limit)
        return as_shown(sent[:limit])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["trainings"] = self.trainings_for(MAX_TRAININGS)
        return context
