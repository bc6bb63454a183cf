"""The mails to participants, all through mail.messages.send_templated with one template
(trainings/mail/notice): confirmation (with the .ics and a cancel link), waiting list,
moving up, the reminder, a changed or cancelled session, and staff's message."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from mail.messages import send_templated

from .calendar import absolute, calendar_for
from .models import RegistrationStatus

TEMPLATE = "trainings/mail/notice"


def links(registration):
    index_url = absolute(registration.session.training.get_parent().url)
    return {
        "cancel_url": f"{index_url}afmelden/{registration.token}/",
        "confirm_url": f"{index_url}bevestigen/{registration.token}/",
    }


def send(registration, subject, lines, *, attach=True, cancel_link=True, confirm_link=False):
    session = registration.session
    training = session.training
    with translation.override(registration.language):
        context = {
            "title": subject,
            "name": registration.name,
            "lines": lines,
            "training": training.title,
            "training_url": absolute(training.url),
            "session": session,
            "location": session.location_text(),
            # Only to a confirmed participant, never on a page.
            "join_url": session.join_url
            if session.online and registration.status == RegistrationStatus.CONFIRMED
            else "",
            **links(registration),
            "show_cancel": cancel_link,
            "show_confirm": confirm_link,
        }
        attachments = []
        if attach:
            ics = calendar_for([session], training.title)
            attachments.append(("training.ics", ics, "text/calendar"))
    return send_templated(
        TEMPLATE,
        to=registration.email,
        language=registration.language,
        context=context,
        attachments=attachments,
    )


def signed_up(registration):
    with translation.override(registration.language):
        if registration.status == RegistrationStatus.PENDING:
            return send(
                registration,
                _("Bevestig uw aanmelding"),
                [
                    _(
                        "Bevestig uw aanmelding met de knop hieronder. Zonder bevestiging "
                        "houden we geen plaats voor u vast."
                    )
                ],
                attach=False,
                cancel_link=False,
                confirm_link=True,
            )
        if registration.status == RegistrationStatus.WAITING:
            return send(
                registration,
                _("U staat op de wachtlijst"),
                [
                    _(
                        "De bijeenkomst is vol. U staat op plaats %(position)s van de "
                        "wachtlijst; komt er een plaats vrij, dan krijgt u bericht."
                    )
                    % {"position": registration.position}
                ],
                attach=False,
            )
        return send(
            registration,
            _("Uw aanmelding is bevestigd"),
            [_("U bent aangemeld. De afspraak staat in de bijlage voor uw agenda.")],
        )


def promoted(registration):
    with translation.override(registration.language):
        return send(
            registration,
            _("Er is een plaats voor u vrijgekomen"),
            [
                _(
                    "U stond op de wachtlijst en hebt nu een plaats. De afspraak staat in "
                    "de bijlage voor uw agenda."
                )
            ],
        )


def reminder(registration):
    with translation.override(registration.language):
        return send(
            registration,
            _("Herinnering: morgen uw training"),
            [
                _(
                    "Morgen is de training waarvoor u bent aangemeld. Kunt u niet, meld u "
                    "dan af zodat een ander uw plaats krijgt."
                )
            ],
        )


def staff_message(registration, subject, body):
    return send(registration, subject, body.splitlines(), attach=False)


def on_session_changed(sender, session, **kwargs):
    session_changed(session)


def session_changed(session):
    """Tells everyone signed up or waiting that staff moved or cancelled the session."""
    for registration in session.registrations.filter(
        status__in=[RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING]
    ).select_related("session"):
        registration.session = session
        with translation.override(registration.language):
            if session.is_cancelled:
                send(
                    registration,
                    _("De bijeenkomst gaat niet door"),
                    [
                        _(
                            "Helaas gaat de bijeenkomst waarvoor u bent aangemeld niet "
                            "door. Kijk in de agenda voor een andere datum."
                        )
                    ],
                    cancel_link=False,
                )
            else:
                send(
                    registration,
                    _("De bijeenkomst is gewijzigd"),
                    [
                        _(
                            "De datum, tijd of plaats van de bijeenkomst is gewijzigd. "
                            "Hieronder staan de nieuwe gegevens; de bijlage werkt uw agenda bij."
                        )
                    ],
                )


def training_requested(training_request, language):
    with translation.override(language):
        return send_templated(
            "trainings/mail/request",
            to=settings.TRAININGS_STAFF_EMAIL,
            language=language,
            reply_to=training_request.email,
            context={"request": training_request, "title": _("Aanvraag training op maat")},
        )
