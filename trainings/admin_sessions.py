"""Staff's page per session in the Wagtail admin (Trainingen > Bijeenkomsten): who takes part
and who waits, a message to all participants (mailed by the worker), attendance after the
session, and moving someone from the waiting list by hand (the same mail as when a seat
comes free). The CSV export is the registrations listing's, filtered on the session."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Min, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from . import notices, seats
from .models import Registration, RegistrationStatus, TrainingSession
from .report import YearlyReportView

PERMISSION = "trainings.change_registration"
SESSIONS_LISTED = 300


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


class StaffOnly(WagtailAdminTemplateMixin):
    header_icon = "date"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def seat_sessions():
    """Each session once: the original that holds the seats, not its translations' copies."""
    originals = TrainingSession.objects.values("uid").annotate(first=Min("pk")).values("first")
    return TrainingSession.objects.filter(pk__in=originals).select_related("training")


class MessageForm(forms.Form):
    subject = forms.CharField(
        label=gettext_lazy("Onderwerp"),
        max_length=150,
        error_messages={"required": gettext_lazy("Geef het bericht een onderwerp.")},
    )
    body = forms.CharField(
        label=gettext_lazy("Bericht"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=5000,
        error_messages={"required": gettext_lazy("Schrijf het bericht.")},
    )


class SessionsView(StaffOnly, TemplateView):
    template_name = "trainings/admin/sessions.html"
    page_title = gettext_lazy("Bijeenkomsten")

    def get_context_data(self, **kwargs):
        sessions = seat_sessions().annotate(
            confirmed=Count("registrations", filter=Q(registrations__status="confirmed")),
            waiting=Count("registrations", filter=Q(registrations__status="waiting")),
        )
        return super().get_context_data(
            sessions=sessions.order_by("-start")[:SESSIONS_LISTED],
            now=timezone.now(),
            **kwargs,
        )


class SessionView(StaffOnly, TemplateView):
    template_name = "trainings/admin/session.html"

    def dispatch(self, request, pk):
        self.session = get_object_or_404(seat_sessions(), pk=pk)
        return super().dispatch(request, pk)

    def get_page_title(self):
        return str(self.session)

    def registrations(self, status):
        return self.session.registrations.filter(status=status).select_related("party")

    def get_context_data(self, form=None, **kwargs):
        return super().get_context_data(
            session=self.session,
            participants=self.registrations(RegistrationStatus.CONFIRMED),
            waiting=self.registrations(RegistrationStatus.WAITING).order_by("position"),
            form=form or MessageForm(),
            is_past=self.session.end <= timezone.now(),
            export_url=f"{reverse('trainings_registration:index')}"
            f"?session={self.session.pk}&export=csv",
            **kwargs,
        )

    def post(self, request, pk):
        if request.POST.get("action") == "attendance":
            return self.mark_attendance(request)
        form = MessageForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        participants = list(self.registrations(RegistrationStatus.CONFIRMED).exclude(email=""))
        for registration in participants:
            registration.session = self.session
            notices.staff_message(
                registration, form.cleaned_data["subject"], form.cleaned_data["body"]
            )
        messages.success(
            request, _("Het bericht gaat naar %(count)s deelnemers.") % {"count": len(participants)}
        )
        return redirect(request.path)

    def mark_attendance(self, request):
        present = {int(pk) for pk in request.POST.getlist("present") if pk.isdigit()}
        participants = self.registrations(RegistrationStatus.CONFIRMED)
        participants.filter(pk__in=present).update(attended=True)
        participants.exclude(pk__in=present).update(attended=False)
        messages.success(request, _("De aanwezigheid is opgeslagen."))
        return redirect(request.path)


@require_POST
def promote(request, pk):
    """Gives a seat to someone on the waiting list, also over capacity if staff wish."""
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    registration = get_object_or_404(Registration.objects.select_related("session"), pk=pk)
    url = reverse("trainings_sessions:session", args=[registration.session_id])
    if registration.status != RegistrationStatus.WAITING:
        messages.warning(request, _("Deze persoon staat niet (meer) op de wachtlijst."))
        return redirect(url)
    seats.promote(registration)
    messages.success(
        request, _("%(name)s heeft een plaats en krijgt bericht.") % {"name": registration.name}
    )
    return redirect(url)


class SessionsViewSet(ViewSet):
    name = "trainings_sessions"
    url_prefix = "trainings/sessions"
    icon = "date"
    menu_label = gettext_lazy("Bijeenkomsten")
    menu_item_class = StaffMenuItem

    def get_urlpatterns(self):
        return [
            path("", SessionsView.as_view(), name="index"),
            path("<int:pk>/", SessionView.as_view(), name="session"),
            path("promote/<int:pk>/", promote, name="promote"),
        ]


class YearlyReportViewSet(ViewSet):
    name = "trainings_report"
    url_prefix = "trainings/report"
    icon = "table"
    menu_label = gettext_lazy("Jaaroverzicht")
    menu_item_class = StaffMenuItem

    def get_urlpatterns(self):
        return [path("", YearlyReportView.as_view(), name="index")]
