"""Seats and the waiting list. Every change of a session's seats locks the session's row
(`select_for_update`), so two people taking the last seat at once: exactly one gets it."""

from django.db import transaction
from django.db.models import Count, Max, Q
from django.utils import timezone

from .models import ACTIVE_STATUSES, Registration, RegistrationStatus, TrainingSession


class SignUpError(Exception):
    """Why a sign-up cannot be taken; the message is for the reader."""


def seat_session(session):
    """The session that holds the seats for `session`: its original, the first of its uid."""
    return TrainingSession.objects.filter(uid=session.uid).order_by("pk").first()


def check_open(session):
    from django.utils.translation import gettext as _

    if session.is_cancelled:
        raise SignUpError(_("Deze bijeenkomst gaat niet door; aanmelden kan niet meer."))
    if session.start <= timezone.now():
        raise SignUpError(_("Deze bijeenkomst is al begonnen of voorbij; aanmelden kan niet meer."))


def already_signed_up(session, email):
    return Registration.objects.filter(
        session=session, email__iexact=email, status__in=ACTIVE_STATUSES
    ).exists()


@transaction.atomic
def register(session, *, email, name, party, role, language, user=None, confirmed=True):
    """A new registration: a seat when one is free, else a place on the waiting list; with
    `confirmed=False` (no account) it waits for the link in the mail and holds no seat."""
    from django.utils.translation import gettext as _

    session = TrainingSession.objects.select_for_update().get(pk=seat_session(session).pk)
    check_open(session)
    if already_signed_up(session, email):
        raise SignUpError(_("U bent al aangemeld voor deze bijeenkomst."))
    registration = Registration(
        session=session,
        user=user,
        email=email,
        name=name,
        party=party,
        role=role,
        language=language,
        status=RegistrationStatus.PENDING,
    )
    if confirmed:
        place(session, registration)
    registration.save()
    return registration


def place(session, registration):
    """Give `registration` a seat or the next place on the waiting list (session locked)."""
    taken = session.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    registration.confirmed_at = timezone.now()
    if taken < session.capacity:
        registration.status = RegistrationStatus.CONFIRMED
        registration.position = None
    else:
        last = session.registrations.filter(status=RegistrationStatus.WAITING).aggregate(
            last=Max("position")
        )["last"]
        registration.status = RegistrationStatus.WAITING
        registration.position = (last or 0) + 1


@transaction.atomic
def confirm(registration):
    session = TrainingSession.objects.select_for_update().get(pk=registration.session_id)
    registration.refresh_from_db()
    if registration.status != RegistrationStatus.PENDING:
        return registration, False
    check_open(session)
    place(session, registration)
    registration.save()
    return registration, True


@transaction.atomic
def cancel(registration):
    """Cancels; a freed seat goes to the first on the waiting list. Returns who moved up."""
    session = TrainingSession.objects.select_for_update().get(pk=registration.session_id)
    registration.refresh_from_db()
    if registration.status == RegistrationStatus.CANCELLED:
        return None
    had_seat = registration.status == RegistrationStatus.CONFIRMED
    registration.status = RegistrationStatus.CANCELLED
    registration.position = None
    registration.save(update_fields=["status", "position"])
    if had_seat and not session.is_cancelled:
        return promote_next(session)
    return None


def promote_next(session):
    free = (
        session.capacity - session.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    )
    first = (
        session.registrations.filter(status=RegistrationStatus.WAITING)
        .order_by("position", "created_at")
        .first()
    )
    if free <= 0 or first is None:
        return None
    return promote(first)


@transaction.atomic
def promote(registration):
    """Moves one from the waiting list to a seat (also by staff, over capacity if they wish)."""
    TrainingSession.objects.select_for_update().get(pk=registration.session_id)
    registration.status = RegistrationStatus.CONFIRMED
    registration.position = None
    registration.save(update_fields=["status", "position"])
    from .notices import promoted

    promoted(registration)
    return registration


def counts(session):
    return session.registrations.aggregate(
        confirmed=Count("pk", filter=Q(status=RegistrationStatus.CONFIRMED)),
        waiting=Count("pk", filter=Q(status=RegistrationStatus.WAITING)),
    )
