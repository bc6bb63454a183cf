"""Staff's view of the sign-ups in the Wagtail admin: all registrations (filter on session and
status) with a CSV/spreadsheet export (Wagtail's own) and attendance in the edit form; a page
per session (admin_sessions.py: message, attendance, moving up from the waiting list, which
mails the person, so status is not edited by hand here); the yearly report; the requests."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from .admin_sessions import SessionsViewSet, YearlyReportViewSet
from .models import Registration, TrainingRequest


class RegistrationViewSet(ModelViewSet):
    model = Registration
    name = "trainings_registration"
    url_prefix = "trainings/registrations"
    icon = "group"
    menu_label = _("Aanmeldingen")
    list_display = ["name", "email", "party", "role", "session", "status", "position", "attended"]
    list_filter = ["status", "session", "attended"]
    list_export = [
        "session",
        "name",
        "email",
        "party",
        "role",
        "status",
        "position",
        "attended",
        "created_at",
    ]
    export_filename = "aanmeldingen"
    search_fields = ["name", "email"]
    form_fields = ["attended"]


class TrainingRequestViewSet(ModelViewSet):
    model = TrainingRequest
    name = "trainings_request"
    url_prefix = "trainings/requests"
    icon = "help"
    menu_label = _("Aanvragen op maat")
    list_display = ["party", "name", "email", "participants", "created_at"]
    list_export = [
        "party",
        "name",
        "email",
        "needs",
        "preferred_dates",
        "participants",
        "created_at",
    ]
    export_filename = "aanvragen-training-op-maat"
    form_fields = ["party", "name", "email", "needs", "preferred_dates", "participants"]


class TrainingsViewSetGroup(ModelViewSetGroup):
    menu_label = _("Trainingen")
    menu_icon = "calendar"
    items = (SessionsViewSet, RegistrationViewSet, TrainingRequestViewSet, YearlyReportViewSet)
