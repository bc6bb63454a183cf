from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingsConfig(AppConfig):
    """The trainings agenda: trainings with sessions, sign-up with seats and a waiting list,
    calendars, mails, and requests for a training on request (maatwerk)."""

    name = "trainings"
    verbose_name = _("Trainingen")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from . import notices
        from .models import Registration
        from .permissions import SignUpOnlyPolicy

        register_permission_policy(Registration, SignUpOnlyPolicy(Registration), exact_class=True)
        from .models.sessions import session_changed

        session_changed.connect(notices.on_session_changed, dispatch_uid="trainings.notices")
