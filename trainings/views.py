"""The agenda's pages and routes: agenda, archive, training page context, sign-up, the links
in the mails (confirm, cancel), calendars, and the request form. Routed by TrainingIndexPage."""

import datetime
import functools

from django.core.cache import cache
from django.db import IntegrityError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from core.models import BasePage

from . import notices, seats
from .calendar import CONTENT_TYPE, calendar_for
from .forms import SignUpForm, TrainingRequestForm
from .models import (
    ACTIVE_STATUSES,
    Registration,
    RegistrationStatus,
    TrainingSession,
)
from .models import agenda as agenda_queries
from .models.agenda import approved_membership

PENDING_LINK_DAYS = 3
POSTS_PER_HOUR = 20


def never_cache(view):
    """Sign-up pages and the links in the mails are personal: never stored by a cache."""

    @functools.wraps(view)
    def wrapped(index, request, *args, **kwargs):
        response = view(index, request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    return wrapped


def page_context(index, request):
    """The agenda page's own context (breadcrumbs, translations) without its listing."""
    return BasePage.get_context(index, request)


def archive(index, request):
    sessions = list(agenda_queries.sessions_in(index.locale, upcoming=False)[:100])
    context = {**page_context(index, request), "sessions": sessions, "archive": True}
    return TemplateResponse(request, "trainings/archive.html", context)


def agenda_feed(index, request):
    sessions, _chosen = agenda_queries.filtered(
        agenda_queries.sessions_in(index.locale), request.GET, index.locale
    )
    cancelled = TrainingSession.objects.filter(
        training__locale=index.locale,
        training__live=True,
        status="cancelled",
        end__gt=timezone.now(),
    ).select_related("training")
    body = calendar_for([*sessions, *cancelled], index.title, request)
    return HttpResponse(body, content_type=CONTENT_TYPE)


def session_for(index, session_id):
    session = get_object_or_404(
        TrainingSession.objects.select_related("training"),
        pk=session_id,
        training__live=True,
        training__path__startswith=index.path,
    )
    return session


def session_ics(index, request, session_id):
    session = session_for(index, session_id)
    response = HttpResponse(
        calendar_for([session], session.training.title, request), content_type=CONTENT_TYPE
    )
    response["Content-Disposition"] = f'attachment; filename="training-{session.pk}.ics"'
    return response


def too_many_posts(request):
    key = f"trainings:posts:{request.META.get('REMOTE_ADDR', '')}"
    cache.add(key, 0, 3600)
    try:
        count = cache.incr(key)
    except ValueError:
        count = 1
    return count > POSTS_PER_HOUR


def result(request, index, title, message, status=200, **extra):
    context = {**page_context(index, request), "title": title, "message": message, **extra}
    return TemplateResponse(request, "trainings/result.html", context, status=status)


@never_cache
def sign_up(index, request, session_id):
    session = session_for(index, session_id)
    training = session.training.specific
    if request.method != "POST":
        return result(
            request,
            index,
            training.title,
            _("Meld u aan via de pagina van de training."),
            back=training.url,
        )
    if request.POST.get("website") or too_many_posts(request):
        return result(
            request,
            index,
            _("Even geduld"),
            _(
                "Er zijn vanaf uw adres te veel aanmeldingen verstuurd. Probeer het over "
                "een uur opnieuw."
            ),
            status=429,
        )
    language = index.locale.language_code
    membership = approved_membership(request.user)
    try:
        if membership:
            registration = seats.register(
                session,
                email=request.user.email,
                name=request.user.get_full_name() or request.user.email,
                party=membership.party,
                role=membership.role,
                language=language,
                user=request.user,
            )
        else:
            form = SignUpForm(request.POST)
            if not form.is_valid():
                context = {
                    **training.get_context(request),
                    "form": form,
                    "form_session": session.pk,
                }
                return TemplateResponse(
                    request,
                    "trainings/training_page.html",
                    {**context, "page": training},
                    status=400,
                )
            data = form.cleaned_data
            registration = seats.register(
                session,
                email=data["email"],
                name=data["name"],
                party=data["party"],
                role=data["role"],
                language=language,
                confirmed=False,
            )
    except seats.SignUpError as error:
        return result(
            request, index, _("Aanmelden lukt niet"), str(error), status=409, back=training.url
        )
    except IntegrityError:
        return result(
            request,
            index,
            _("Aanmelden lukt niet"),
            _("U bent al aangemeld voor deze bijeenkomst."),
            status=409,
            back=training.url,
        )
    notices.signed_up(registration)
    return result(
        request,
        index,
        _("Bedankt voor uw aanmelding"),
        outcome_message(registration),
        back=training.url,
    )


def outcome_message(registration):
    if registration.status == RegistrationStatus.PENDING:
        return _("We hebben u een e-mail gestuurd. Bevestig uw aanmelding met de link daarin.")
    if registration.status == RegistrationStatus.WAITING:
        return _(
            "De bijeenkomst is vol. U staat op plaats %(position)s van de wachtlijst; we "
            "mailen u als er een plaats vrijkomt."
        ) % {"position": registration.position}
    return _("U bent aangemeld. De bevestiging met de afspraak voor uw agenda staat in uw mailbox.")


def registration_for(token):
    registration = (
        Registration.objects.filter(token=token).select_related("session__training").first()
    )
    if registration is None or registration.anonymised_at:
        raise Http404(_("Deze link is ongeldig."))
    return registration


@never_cache
def confirm(index, request, token):
    try:
        registration = registration_for(token)
    except Http404:
        return result(
            request, index, _("Link ongeldig"), _("Deze link is ongeldig of verlopen."), status=404
        )
    if registration.status != RegistrationStatus.PENDING:
        return result(request, index, _("Al bevestigd"), outcome_message(registration))
    if registration.created_at < timezone.now() - datetime.timedelta(days=PENDING_LINK_DAYS):
        return result(
            request,
            index,
            _("Link verlopen"),
            _("Deze link is verlopen. Meld u opnieuw aan via de pagina van de training."),
            status=410,
        )
    if request.method != "POST":
        return result(
            request,
            index,
            _("Aanmelding bevestigen"),
            _("Bevestig uw aanmelding voor %(training)s.")
            % {"training": registration.session.training.title},
            action=request.path,
            button=_("Bevestigen"),
        )
    try:
        registration, changed = seats.confirm(registration)
    except seats.SignUpError as error:
        return result(request, index, _("Bevestigen lukt niet"), str(error), status=409)
    if changed:
        notices.signed_up(registration)
    return result(request, index, _("Bedankt voor uw aanmelding"), outcome_message(registration))


@never_cache
def cancel(index, request, token):
    try:
        registration = registration_for(token)
    except Http404:
        return result(
            request, index, _("Link ongeldig"), _("Deze link is ongeldig of verlopen."), status=404
        )
    if registration.status not in ACTIVE_STATUSES:
        return result(request, index, _("Afgemeld"), _("U bent al afgemeld."))
    if request.method != "POST":
        return result(
            request,
            index,
            _("Afmelden"),
            _("Wilt u zich afmelden voor %(training)s?")
            % {"training": registration.session.training.title},
            action=request.path,
            button=_("Afmelden"),
        )
    seats.cancel(registration)
    return result(
        request,
        index,
        _("Afgemeld"),
        _("U bent afgemeld. Uw plaats gaat naar de eerste op de wachtlijst."),
    )


@never_cache
def request_training(index, request):
    form = TrainingRequestForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if request.POST.get("website") or too_many_posts(request):
            return result(
                request,
                index,
                _("Even geduld"),
                _(
                    "Er zijn vanaf uw adres te veel aanvragen verstuurd. Probeer het over "
                    "een uur opnieuw."
                ),
                status=429,
            )
        if form.is_valid():
            training_request = form.save()
            notices.training_requested(training_request, index.locale.language_code)
            return result(
                request,
                index,
                _("Aanvraag ontvangen"),
                _("Bedankt. Een medewerker van het Kennispunt neemt contact met u op."),
            )
        status = 400
    context = {**page_context(index, request), "form": form}
    return TemplateResponse(request, "trainings/request.html", context, status=status)
