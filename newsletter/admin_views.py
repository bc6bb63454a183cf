"""The newsletter in the Wagtail admin: sending an issue (a test to yourself, or to every
confirmed subscriber of its language) with its progress, and the subscribers' CSV."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .forms import ImportForm
from .models import NewsletterIssuePage, Send, Subscriber
from .sending import AlreadySent, start_send
from .subscribers_csv import export_subscribers, import_subscribers

SUBSCRIBERS_URL = "newsletter_subscriber:index"


def send_issue(request, page_id):
    issue = get_object_or_404(NewsletterIssuePage, pk=page_id)
    if not issue.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    if request.method == "POST":
        return start_from_form(request, issue)
    language = issue.locale.language_code
    sends = [(send, send.counts()) for send in issue.sends.all()[:20]]
    context = {
        "issue": issue,
        "sends": sends,
        "recipients": Subscriber.objects.confirmed().filter(language=language).count(),
        "already_sent": issue.sends.filter(kind=Send.Kind.ISSUE).exists(),
        "in_progress": any(send.status == Send.Status.SENDING for send, _c in sends),
        "header_title": _("Nieuwsbrief verzenden"),
    }
    return TemplateResponse(request, "newsletter/admin/send.html", context)


def start_from_form(request, issue):
    action = request.POST.get("action")
    back = redirect("newsletter_send", issue.pk)
    if not issue.live:
        messages.error(request, _("Publiceer de nieuwsbrief eerst: de mail linkt naar de pagina."))
        return back
    if action == "test":
        if not request.user.email:
            messages.error(request, _("Uw account heeft geen e-mailadres voor het testbericht."))
            return back
        start_send(issue, kind=Send.Kind.TEST, user=request.user, test_address=request.user.email)
        messages.success(
            request, _("Het testbericht gaat naar %(email)s.") % {"email": request.user.email}
        )
    elif action == "send" and request.POST.get("confirm") == "yes":
        try:
            send = start_send(issue, kind=Send.Kind.ISSUE, user=request.user)
        except AlreadySent:
            messages.error(request, _("Deze nieuwsbrief is al verzonden."))
            return back
        messages.success(
            request,
            _("De verzending is gestart: %(count)s ontvangers.")
            % {"count": send.deliveries.count()},
        )
    else:
        messages.error(request, _("Vink aan dat u de nieuwsbrief aan alle abonnees wilt sturen."))
    return back


class SubscriberPermissionMixin:
    permission = "newsletter.change_subscriber"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(SUBSCRIBERS_URL), "label": _("Abonnees")},
            {"url": "", "label": self.get_page_title()},
        ]


class SubscriberImportView(SubscriberPermissionMixin, WagtailAdminTemplateMixin, FormView):
    permission = "newsletter.add_subscriber"
    form_class = ImportForm
    template_name = "newsletter/admin/import.html"
    page_title = gettext_lazy("Abonnees importeren")
    header_icon = "upload"

    def form_valid(self, form):
        result = import_subscribers(form.cleaned_data["file"].read())
        if not result.ok:
            return self.render_to_response(
                self.get_context_data(form=form, errors=result.errors), status=400
            )
        messages.success(
            self.request,
            _("Import geslaagd: %(created)s abonnees toegevoegd, %(updated)s bijgewerkt.")
            % {"created": result.created, "updated": result.updated},
        )
        return redirect(SUBSCRIBERS_URL)


class SubscriberExportView(SubscriberPermissionMixin, View):
    permission = "newsletter.view_subscriber"

    def get(self, request):
        date = timezone.localdate().isoformat()
        response = HttpResponse(export_subscribers(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="abonnees-{date}.csv"'
        return response
