"""A question's page in the admin: its details and history, and staff's actions on it."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import services
from .attachments import MIMETYPES
from .faq import NoFAQIndex, draft_faq, faq_index_for
from .models import HelpdeskPage, Question, Status
from .workdays import working_days_since

INDEX_URL = "helpdesk_question:index"


class NoteForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("Interne notitie (alleen voor medewerkers)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        error_messages={"required": gettext_lazy("Schrijf de notitie.")},
    )


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(
        get_user_model().objects.filter(is_staff=True, is_active=True).order_by("first_name"),
        label=gettext_lazy("Toewijzen aan"),
        error_messages={"required": gettext_lazy("Kies een collega.")},
    )


class AnswerForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("Antwoord (wordt naar de vraagsteller gemaild)"),
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=20000,
        error_messages={"required": gettext_lazy("Schrijf het antwoord.")},
    )


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=gettext_lazy("Status"), choices=Status.choices)


FORMS = {"note": NoteForm, "assign": AssignForm, "answer": AnswerForm, "status": StatusForm}


def helpdesk_page():
    page = HelpdeskPage.objects.filter(locale__language_code="nl").first()
    if page is None:
        page = HelpdeskPage.objects.first()
    return page


class StaffOnly:
    permission = "helpdesk.change_question"

    def dispatch(self, request, pk, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        self.question = get_object_or_404(
            Question.objects.select_related("party", "topic", "assignee", "user"), pk=pk
        )
        return super().dispatch(request, pk, *args, **kwargs)


class QuestionView(StaffOnly, WagtailAdminTemplateMixin, TemplateView):
    template_name = "helpdesk/admin/question.html"
    header_icon = "help"

    def get_page_title(self):
        return _("Vraag %(reference)s") % {"reference": self.question.reference}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(INDEX_URL), "label": _("Helpdesk")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        question = self.question
        forms_ = {
            "note": NoteForm(),
            "assign": AssignForm(initial={"assignee": question.assignee_id}),
            "answer": AnswerForm(initial={"text": question.answer}),
            "status": StatusForm(initial={"status": question.status}),
        }
        forms_.update(kwargs.pop("bound", {}))
        return super().get_context_data(
            question=question,
            events=question.events.select_related("author"),
            forms=forms_,
            working_days=working_days_since(question.created_at),
            **kwargs,
        )

    def post(self, request, pk):
        action = request.POST.get("action")
        form_class = FORMS.get(action)
        if action == "release":
            services.release(self.question, by=request.user, page=helpdesk_page())
            messages.success(
                request, _("De vraag staat nu in de inbox; de vraagsteller is gemaild.")
            )
            return redirect(request.path)
        if form_class is None:
            messages.error(request, _("Onbekende actie."))
            return redirect(request.path)
        form = form_class(request.POST)
        if not form.is_valid():
            context = self.get_context_data(bound={action: form})
            return self.render_to_response(context, status=400)
        data = form.cleaned_data
        if action == "note":
            services.add_note(self.question, text=data["text"], by=request.user)
            messages.success(request, _("De notitie is opgeslagen."))
        elif action == "assign":
            services.assign(self.question, assignee=data["assignee"], by=request.user)
            messages.success(request, _("De vraag is toegewezen."))
        elif action == "answer":
            services.send_answer(
                self.question, text=data["text"], by=request.user, page=helpdesk_page()
            )
            messages.success(request, _("Het antwoord is naar de vraagsteller gemaild."))
        else:
            services.set_status(self.question, status=data["status"], by=request.user)
            messages.success(request, _("De status is gewijzigd."))
        return redirect(request.path)


class AttachmentView(StaffOnly, View):
    permission = "helpdesk.view_question"

    def get(self, request, pk):
        question = self.question
        if not question.attachment:
            raise Http404
        kind = question.attachment.name.rsplit(".", 1)[-1]
        response = FileResponse(
            question.attachment.open("rb"),
            as_attachment=True,
            filename=question.attachment_name or question.attachment.name.rsplit("/", 1)[-1],
            content_type=MIMETYPES.get(kind, "application/octet-stream"),
        )
        response["Cache-Control"] = "private, no-store"
        response["X-Content-Type-Options"] = "nosniff"
        return response


class PublishFAQView(StaffOnly, View):
    def post(self, request, pk):
        if not self.question.answer:
            messages.error(request, _("Beantwoord de vraag eerst."))
            return redirect("helpdesk_question:detail", pk)
        try:
            index = faq_index_for(self.question.language)
        except NoFAQIndex:
            messages.error(request, _("Maak eerst een pagina Veelgestelde vragen aan."))
            return redirect("helpdesk_question:detail", pk)
        if not index.permissions_for_user(request.user).can_add_subpage():
            raise PermissionDenied
        entry = draft_faq(self.question, by=request.user, index=index)
        messages.success(
            request,
            _("Concept aangemaakt. Herschrijf het zonder namen en publiceer het."),
        )
        return redirect("wagtailadmin_pages:edit", entry.pk)
