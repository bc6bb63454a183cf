"""The agenda's own routes below its page URL (/trainingen/…, /en/trainings/…): the archive,
the calendars (Wagtail's page URLs end in a slash, `.ics` files do not), sign-up, the links
in the mails, and the request form. Each finds its agenda page first."""

from django.http import Http404
from django.urls import re_path
from wagtail.models import Page

from . import views
from .models import TrainingIndexPage

AGENDA = r"^(?P<index_path>(?:[\w\-]+/)*?)"


def on_agenda(view):
    def wrapped(request, index_path, **kwargs):
        page = Page.find_for_request(request, "/" + index_path)
        page = page.specific if page else None
        if not isinstance(page, TrainingIndexPage) or not page.live:
            raise Http404
        return view(page, request, **kwargs)

    return wrapped


urlpatterns = [
    re_path(AGENDA + r"agenda\.ics$", on_agenda(views.agenda_feed), name="trainings_feed"),
    re_path(
        AGENDA + r"bijeenkomst/(?P<session_id>\d+)\.ics$",
        on_agenda(views.session_ics),
        name="trainings_session_ics",
    ),
    re_path(
        AGENDA + r"bijeenkomst/(?P<session_id>\d+)/aanmelden/$",
        on_agenda(views.sign_up),
        name="trainings_sign_up",
    ),
    re_path(AGENDA + r"bevestigen/(?P<token>[\w\-]+)/$", on_agenda(views.confirm)),
    re_path(AGENDA + r"afmelden/(?P<token>[\w\-]+)/$", on_agenda(views.cancel)),
    re_path(AGENDA + r"archief/$", on_agenda(views.archive)),
    re_path(AGENDA + r"aanvragen/$", on_agenda(views.request_training)),
]
