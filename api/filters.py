"""Guards and filters on the v2 pages endpoint's parameters. They answer in Wagtail's v2
shape (`{"message": …}`, English), as Wagtail's own checks on that endpoint do."""

from django.core.exceptions import ValidationError
from django.db.models import Q
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError

from core.i18n import language_codes
from guides.models import GuidePage, TopicPage
from news.models import NewsItemPage
from signpost.models import DossierPage, RolePage
from trainings.models.agenda import with_topics as trainings_about

# What a listing may be ordered by (each also with a leading "-"), besides "random".
ORDERING_FIELDS = {
    "id",
    "title",
    "slug",
    "first_published_at",
    "last_published_at",
    "reading_time",
    "last_reviewed",
    "review_by",
    "date",
}
SEARCH_OPERATORS = {"and", "or"}


class ParameterGuard(BaseFilterBackend):
    """Refuses, with a 400 and a message, the values Wagtail would otherwise answer with a 500
    or a meaningless result: ordering by a non-sortable field, an unknown search operator."""

    parameter = "search_operator"

    def filter_queryset(self, request, queryset, view):
        order = request.GET.get("order")
        if order is not None and order != "random" and order.lstrip("-") not in ORDERING_FIELDS:
            choices = ", ".join(sorted(ORDERING_FIELDS))
            raise BadRequestError(f"cannot order by {order[:50]!r}: use one of {choices}")
        operator = request.GET.get("search_operator")
        if operator is not None and operator not in SEARCH_OPERATORS:
            raise BadRequestError("search_operator must be 'and' or 'or'")
        return queryset


class KnownLocaleFilter(BaseFilterBackend):
    """?locale= must name a language of the site: an unknown one is a 400 with a message
    (Wagtail's own LocaleFilter then does the filtering)."""

    parameter = "locale"

    def filter_queryset(self, request, queryset, view):
        code = request.GET.get(self.parameter)
        if code is not None and code not in language_codes():
            choices = ", ".join(language_codes())
            raise BadRequestError(f"unknown locale {code!r}: use one of {choices}")
        return queryset


class TopicFilter(BaseFilterBackend):
    """`?topic=<slug>`: only guides under that topic, news items and trainings about it. An
    unknown slug is a 400, so a typo in a front end shows up at once instead of as an empty
    list."""

    parameter = "topic"

    def filter_queryset(self, request, queryset, view):
        slug = request.GET.get(self.parameter)
        if slug is None:
            return queryset
        topics = TopicPage.objects.filter(slug=slug)
        if not topics.exists():
            raise BadRequestError(f"unknown topic: {slug[:100]!r}")
        guide_ids = GuidePage.objects.filter(topic__in=topics).values("pk")
        # News items choose their topics on the Dutch original; translations follow it.
        keys = NewsItemPage.objects.filter(
            topics__translation_key__in=topics.values("translation_key")
        ).values("translation_key")
        news_ids = NewsItemPage.objects.filter(translation_key__in=keys).values("pk")
        training_ids = trainings_about(topics)
        return queryset.filter(Q(pk__in=guide_ids) | Q(pk__in=news_ids) | Q(pk__in=training_ids))


class RoleFilter(BaseFilterBackend):
    """`?role=<slug>`: only the signpost's dossiers for that role (raadslid, wethouder, …), in
    any language (roles are chosen on the Dutch original). An unknown slug is a 400."""

    parameter = "role"

    def filter_queryset(self, request, queryset, view):
        slug = request.GET.get(self.parameter)
        if slug is None:
            return queryset
        roles = RolePage.objects.filter(slug=slug)
        if not roles.exists():
            raise BadRequestError(f"unknown role: {slug[:100]!r}")
        versions = RolePage.objects.filter(translation_key__in=roles.values("translation_key"))
        keys = DossierPage.objects.filter(roles__in=versions).values("translation_key")
        dossier_ids = DossierPage.objects.filter(translation_key__in=keys).values("pk")
        return queryset.filter(pk__in=dossier_ids)


LARGEST_INTEGER = 2**63 - 1  # what every supported database stores


class FieldValueGuard(BaseFilterBackend):
    """Refuses, with a 400, a field filter (`?first_published_at=`, `?alias_of=`) whose value
    the field cannot hold: Wagtail's FieldsFilter passes it to the database, which answers a
    date that is no date or a number beyond 64 bits with an error (a 500)."""

    def filter_queryset(self, request, queryset, view):
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True))
        for name, value in request.GET.items():
            if name not in fields or name == "locale":
                continue
            try:
                field = queryset.model._meta.get_field(name)
            except LookupError:
                continue
            target = getattr(field, "target_field", None) or field
            if not hasattr(target, "to_python"):
                continue
            try:
                python_value = target.to_python(value)
            except (ValidationError, ValueError, TypeError, OverflowError):
                raise BadRequestError(f"{value[:50]!r} is not a valid value for {name}") from None
            if isinstance(python_value, int) and abs(python_value) > LARGEST_INTEGER:
                raise BadRequestError(f"{name} is out of range")
        return queryset


class GuardedFindMixin:
    """`/find/?id=` with a value that is no whole number (or beyond 64 bits): a 400, where
    Wagtail passes it to the database lookup and answers a 500."""

    def find_object(self, queryset, request):
        value = request.GET.get("id")
        if value is not None and not (
            value.isascii() and value.isdigit() and int(value) <= LARGEST_INTEGER
        ):
            raise BadRequestError("id must be a positive whole number")
        return super().find_object(queryset, request)


def guarded(filter_backends):
    return [FieldValueGuard, *filter_backends]
