from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Locale

from accounts.registry import MemberPanel
from jobs.registry import RetentionPurge, ScheduledJob

from . import notices
from .models import ACTIVE_STATUSES, Registration, RegistrationStatus, agenda


@hooks.register("upcoming_trainings")
def upcoming_trainings(language, limit):
    """For other sections (the newsletter): the next sessions, soonest first."""
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return []
    sessions = agenda.sessions_in(locale)[:limit]
    return [
        {
            "title": session.training.title,
            "url": session.training.url,
            "start": session.start,
            "place": session.place,
            "online": session.online,
        }
        for session in sessions
    ]


def send_reminders():
    """Reminds confirmed participants of tomorrow's sessions, once each."""
    now = timezone.now()
    due = Registration.objects.filter(
        status=RegistrationStatus.CONFIRMED,
        reminded_at__isnull=True,
        session__status="scheduled",
        session__start__gt=now,
        session__start__lte=now + timedelta(days=1),
    ).select_related("session__training")
    sent = 0
    for registration in due:
        notices.reminder(registration)
        Registration.objects.filter(pk=registration.pk).update(reminded_at=now)
        sent += 1
    return f"{sent} reminders"


@hooks.register("register_scheduled_job")
def training_reminders():
    return ScheduledJob("trainings.reminders", every=timedelta(hours=1), run=send_reminders)


def purge_personal_data(cutoff):
    """Blanks who took part, keeping party, role, status and attendance for the counts."""
    return Registration.objects.filter(session__end__lt=cutoff, anonymised_at__isnull=True).update(
        user=None, name="", email="", anonymised_at=timezone.now()
    )


def retention_days():
    return round(settings.TRAININGS_RETENTION_MONTHS * 365.25 / 12)


@hooks.register("register_retention_purge")
def registrations_retention():
    return RetentionPurge("trainings.registrations", days=retention_days, purge=purge_personal_data)


def member_registrations(user):
    return Registration.objects.filter(Q(user=user) | Q(email__iexact=user.email)).select_related(
        "session__training"
    )


@hooks.register("member_panels")
def my_trainings_panel(request):
    registrations = list(member_registrations(request.user).order_by("session__start"))
    now = timezone.now()
    return MemberPanel(
        "trainings",
        _("Mijn trainingen"),
        "trainings/member_panel.html",
        {
            "upcoming": [
                r for r in registrations if r.session.end > now and r.status in ACTIVE_STATUSES
            ],
            "past": [r for r in registrations if r.session.end <= now],
        },
        order=200,
    )


@hooks.register("member_data_export")
def export_registrations(user):
    return {
        "trainings": [
            {
                "training": r.session.training.title,
                "start": r.session.start.isoformat(),
                "status": r.status,
                "name": r.name,
                "email": r.email,
                "role": r.role,
                "signed_up_at": r.created_at.isoformat(),
            }
            for r in member_registrations(user)
        ]
    }


@hooks.register("member_data_erasure")
def erase_registrations(user):
    member_registrations(user).update(user=None, name="", email="", anonymised_at=timezone.now())


@hooks.register("register_admin_viewset")
def register_trainings_admin():
    from .viewsets import TrainingsViewSetGroup

    return TrainingsViewSetGroup()
