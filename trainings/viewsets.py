"""Staff's view of the sign-ups in the Wagtail admin: per session the participants and the
waiting list (filter on session and status), a CSV/spreadsheet export (Wagtail's own), and
attendance or a manual move from the waiting list in the edit form; and the requests."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

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
    form_fields = ["status", "position", "attended"]


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
    items = (RegistrationViewSet, TrainingRequestViewSet)
