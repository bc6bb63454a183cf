"""The helpdesk inbox in the Wagtail admin: a list with filters and search, each question's
own page (admin_views.py) with its history and the actions staff take."""

import django_filters
from django.contrib.auth import get_user_model
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from guides.models import TopicPage
from parties.models import LocalParty

from . import conf
from .admin_views import AttachmentView, PublishFAQView, QuestionView
from .models import Question, Status
from .workdays import working_days_ago

AGES = [
    ("overdue", _("Te lang open")),
    ("week", _("Jonger dan een week")),
]


class QuestionFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Status.choices)
    topic = django_filters.ModelChoiceFilter(
        label=_("Onderwerp"), queryset=TopicPage.objects.filter(locale__language_code="nl")
    )
    party = django_filters.ModelChoiceFilter(label=_("Partij"), queryset=LocalParty.objects.all())
    assignee = django_filters.ModelChoiceFilter(
        label=_("Behandelaar"), queryset=get_user_model().objects.filter(is_staff=True)
    )
    age = django_filters.ChoiceFilter(label=_("Leeftijd"), choices=AGES, method="filter_age")
    suspected_spam = django_filters.BooleanFilter(label=_("Verdacht (spam)"))

    class Meta:
        model = Question
        fields = ["status", "topic", "party", "assignee", "age", "suspected_spam"]

    def filter_age(self, queryset, name, value):
        if value == "overdue":
            cutoff = working_days_ago(conf.overdue_working_days())
            return queryset.open().filter(created_at__lt=cutoff)
        if value == "week":
            from datetime import timedelta

            from django.utils import timezone

            return queryset.filter(created_at__gte=timezone.now() - timedelta(days=7))
        return queryset


class QuestionIndexView(IndexView):
    def get_add_url(self):
        return None  # questions come from the form

    def get_base_queryset(self):
        # Suspected spam is kept apart: listed only when asked for (the spam filter).
        queryset = super().get_base_queryset()
        if "suspected_spam" not in self.request.GET:
            queryset = queryset.filter(suspected_spam=False)
        return queryset

    def get_edit_url(self, instance):
        return reverse("helpdesk_question:detail", args=[instance.pk])


class QuestionViewSet(ModelViewSet):
    model = Question
    icon = "help"
    menu_label = _("Helpdesk")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = QuestionIndexView
    filterset_class = QuestionFilterSet
    list_display = [
        TitleColumn("reference", label=_("Kenmerk"), url_name="helpdesk_question:detail"),
        "name",
        Column("party_label", label=_("Partij")),
        "topic",
        "status",
        "assignee",
        "created_at",
    ]
    search_fields = ["reference", "name", "email", "text", "party__name", "party_name"]
    search_backend_name = None
    form_fields = ["status"]
    list_per_page = 50

    def get_queryset(self, request):
        return Question.objects.select_related("party", "topic", "assignee")

    @property
    def add_view(self):
        return RedirectView.as_view(pattern_name="helpdesk_question:index")

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("question/<int:pk>/", QuestionView.as_view(), name="detail"),
            path("question/<int:pk>/attachment/", AttachmentView.as_view(), name="attachment"),
            path("question/<int:pk>/faq/", PublishFAQView.as_view(), name="faq"),
        ]
