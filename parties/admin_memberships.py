"""Staff decide on membership requests in the admin: approve (with the party, which staff may
first add to the register) or refuse with a reason that is mailed to the person."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from accounts.models import member_name

from .membership import approve, refuse
from .models import LocalParty, Membership, MembershipStatus

INDEX_URL = "parties_membership:index"


class ApproveForm(forms.Form):
    party = forms.ModelChoiceField(
        LocalParty.objects.exclude(status="merged"),
        label=gettext_lazy("Partij"),
        help_text=gettext_lazy(
            "Staat de partij nog niet in het register? Voeg haar eerst toe onder Lokale partijen."
        ),
        error_messages={"required": gettext_lazy("Kies de partij van deze persoon.")},
    )


class RefuseForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reden (wordt naar de aanvrager gemaild)"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        error_messages={"required": gettext_lazy("Geef de reden van de afwijzing.")},
    )


class DecisionView(WagtailAdminTemplateMixin, FormView):
    template_name = "parties/admin/decision.html"
    header_icon = "user"

    def dispatch(self, request, pk):
        if not request.user.has_perm("parties.change_membership"):
            raise PermissionDenied
        self.membership = get_object_or_404(
            Membership.objects.select_related("user", "party"), pk=pk
        )
        if self.membership.status != MembershipStatus.PENDING:
            messages.warning(request, _("Over deze aanvraag is al besloten."))
            return redirect(INDEX_URL)
        return super().dispatch(request, pk)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(INDEX_URL), "label": _("Lidmaatschapsaanvragen")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            membership=self.membership, person=member_name(self.membership.user), **kwargs
        )


class ApproveView(DecisionView):
    form_class = ApproveForm
    page_title = gettext_lazy("Aanvraag goedkeuren")
    submit_label = gettext_lazy("Goedkeuren")

    def get_initial(self):
        return {"party": self.membership.party}

    def form_valid(self, form):
        approve(self.membership, by=self.request.user, party=form.cleaned_data["party"])
        messages.success(
            self.request,
            _("%(person)s is goedgekeurd als %(role)s van %(party)s; er is een e-mail verstuurd.")
            % {
                "person": member_name(self.membership.user),
                "role": self.membership.get_role_display(),
                "party": self.membership.party,
            },
        )
        return redirect(INDEX_URL)


class RefuseView(DecisionView):
    form_class = RefuseForm
    page_title = gettext_lazy("Aanvraag afwijzen")
    submit_label = gettext_lazy("Afwijzen en mailen")

    def form_valid(self, form):
        refuse(self.membership, by=self.request.user, reason=form.cleaned_data["reason"])
        messages.success(
            self.request,
            _("De aanvraag van %(person)s is afgewezen; de reden is gemaild.")
            % {"person": member_name(self.membership.user)},
        )
        return redirect(INDEX_URL)
