"""The newsletter in the Wagtail admin: sending an issue (a test to yourself, or to every
confirmed subscriber of its language) with its progress, and the subscribers' CSV."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.admin_csv import CsvExportView, CsvImportView, ListingPermissionMixin

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


class SubscriberPermissionMixin(ListingPermissionMixin):
    permission = "newsletter.change_subscriber"
    index_url = SUBSCRIBERS_URL
    index_label = gettext_lazy("Abonnees")


class SubscriberImportView(SubscriberPermissionMixin, CsvImportView):
    permission = "newsletter.add_subscriber"
    form_class = ImportForm
    template_name = "newsletter/admin/import.html"
    page_title = gettext_lazy("Abonnees importeren")
    success_message = gettext_lazy(
        "Import geslaagd: %(created)s abonnees toegevoegd, %(updated)s bijgewerkt."
    )

    def import_file(self, data):
        return import_subscribers(data)


class SubscriberExportView(SubscriberPermissionMixin, CsvExportView):
    permission = "newsletter.view_subscriber"
    filename_prefix = "abonnees"

    def export_file(self):
        return export_subscribers()
