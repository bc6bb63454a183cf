"""What the agenda lists: upcoming sessions of live trainings in one language, filtered, in a
constant number of queries whatever the number of trainings."""

import datetime

from django.apps import apps
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.http import urlencode

from core.pagination import reader_page
from guides.models import TopicPage
from parties.models import LocalParty, Membership, PartyStatus, Province, Role

from .registrations import Registration, RegistrationStatus
from .sessions import SessionStatus, TrainingSession

SESSIONS_PER_PAGE = 30


def with_seats_left(sessions):
    taken = (
        Registration.objects.filter(
            session__uid=OuterRef("uid"), status=RegistrationStatus.CONFIRMED
        )
        .values("session__uid")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return sessions.annotate(taken=Coalesce(Subquery(taken, output_field=IntegerField()), 0))


def sessions_in(locale, *, upcoming=True):
    trainings = (
        apps.get_model("trainings", "TrainingPage").objects.live().public().filter(locale=locale)
    )
    now = timezone.now()
    sessions = TrainingSession.objects.filter(training__in=trainings.values("pk")).select_related(
        "training", "province"
    )
    if upcoming:
        sessions = sessions.filter(end__gt=now, status=SessionStatus.SCHEDULED).order_by("start")
    else:
        sessions = sessions.filter(end__lte=now).order_by("-start")
    return with_seats_left(sessions)


def topic_for(slug, locale):
    return TopicPage.objects.live().filter(slug=slug, locale=locale).first() if slug else None


def filtered(sessions, params, locale):
    """(sessions, chosen filters) for the agenda's query parameters; unknown values are ignored."""
    chosen = {}
    topic = topic_for(params.get("onderwerp", ""), locale)
    if topic:
        sessions = sessions.filter(training__topics__translation_key=topic.translation_key)
        chosen["onderwerp"] = topic.slug
    province = params.get("provincie", "")
    if province and Province.objects.filter(code=province).exists():
        sessions = sessions.filter(province__code=province)
        chosen["provincie"] = province
    form = params.get("vorm", "")
    if form in ("online", "locatie"):
        sessions = sessions.filter(online=form == "online")
        chosen["vorm"] = form
    month = params.get("maand", "")
    try:
        year, number = (int(part) for part in month.split("-"))
        first = datetime.date(year, number, 1)
    except ValueError:
        first = None
    if first:
        sessions = sessions.filter(Q(start__year=first.year) & Q(start__month=first.month))
        chosen["maand"] = month
    return sessions, chosen


def seats_left(session):
    return max(session.capacity - session.taken, 0)


def seats_left_by_uid(sessions):
    """{uid: seats left} for these sessions, in one query."""
    uids = {session.uid for session in sessions}
    if not uids:
        return {}
    taken = dict(
        Registration.objects.filter(session__uid__in=uids, status=RegistrationStatus.CONFIRMED)
        .values_list("session__uid")
        .annotate(count=Count("pk"))
        .values_list("session__uid", "count")
    )
    return {s.uid: max(s.capacity - taken.get(s.uid, 0), 0) for s in sessions}


def agenda_context(index, request):
    sessions, chosen = filtered(sessions_in(index.locale), request.GET, index.locale)
    # A page at a time: with a year's trainings on one page it took seconds to render.
    sessions = reader_page(sessions, request, SESSIONS_PER_PAGE)
    for session in sessions:
        session.seats_left = seats_left(session)
    return {
        "sessions": sessions,
        "chosen": chosen,
        "filter_query": urlencode(chosen),
        "topics": TopicPage.objects.live().public().filter(locale=index.locale).order_by("title"),
        "provinces": Province.objects.all(),
    }


def approved_membership(user):
    if not user.is_authenticated:
        return None
    return Membership.objects.approved().filter(user=user).select_related("party").first()


def training_context(training, request):
    sessions = list(training.sessions.all())
    left = seats_left_by_uid(sessions)
    now = timezone.now()
    for session in sessions:
        session.seats_left = left.get(session.uid, 0)
        session.is_past = session.end <= now
    is_participant = (
        request.user.is_authenticated
        and Registration.objects.filter(
            session__uid__in=[s.uid for s in sessions],
            status=RegistrationStatus.CONFIRMED,
            email__iexact=request.user.email,
        ).exists()
    )
    everyone = training.materials_visibility == "everyone"
    show_materials = everyone or is_participant
    return {
        "sessions": sessions,
        "materials": list(training.materials.select_related("document")) if show_materials else [],
        "materials_hidden": not show_materials and training.materials.exists(),
        "guides": training.related_guides.live().public(),
        "membership": approved_membership(request.user),
        "parties": LocalParty.objects.filter(status=PartyStatus.ACTIVE).order_by("name"),
        "roles": Role.choices,
    }


def trainings_with_sessions(*, upcoming=None, province=None, online=None):
    """The ids of training pages with a session meeting every given condition (`province` a
    Province); with `upcoming=False` those with no upcoming session at all (the archive)."""
    sessions = TrainingSession.objects.all()
    if province is not None:
        sessions = sessions.filter(province=province)
    if online is not None:
        sessions = sessions.filter(online=online)
    coming = Q(end__gt=timezone.now(), status=SessionStatus.SCHEDULED)
    if upcoming:
        sessions = sessions.filter(coming)
    ids = sessions.values("training_id")
    if upcoming is False:
        with_coming = TrainingSession.objects.filter(coming).values("training_id")
        ids = ids.exclude(training_id__in=with_coming)
    return ids


def with_topics(topics):
    """The ids of training pages about one of `topics` (in any language)."""
    keys = topics.values("translation_key")
    return (
        apps.get_model("trainings", "TrainingPage")
        .objects.filter(topics__translation_key__in=keys)
        .values("pk")
    )
