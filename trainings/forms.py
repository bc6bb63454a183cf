from django import forms
from django.utils.translation import gettext_lazy as _

from parties.models import LocalParty, PartyStatus, Role

from .models import TrainingRequest


class PartyChoiceField(forms.ModelChoiceField):
    def __init__(self, **kwargs):
        super().__init__(
            queryset=LocalParty.objects.filter(status=PartyStatus.ACTIVE).order_by("name"),
            label=_("Partij"),
            empty_label=_("Kies uw partij"),
            error_messages={
                "required": _("Kies uw partij."),
                "invalid_choice": _("Kies uw partij uit de lijst."),
            },
            **kwargs,
        )

    def validate(self, value):
        super().validate(value)
        if value is not None and not value.eligible:
            raise forms.ValidationError(
                _(
                    "Het spijt ons: de trainingen zijn alleen voor lokale partijen zonder "
                    "zetels in de Tweede Kamer, en uw partij valt daar niet onder."
                )
            )


class SignUpForm(forms.Form):
    name = forms.CharField(
        label=_("Naam"), max_length=150, error_messages={"required": _("Vul uw naam in.")}
    )
    email = forms.EmailField(
        label=_("E-mailadres"),
        error_messages={
            "required": _("Vul uw e-mailadres in."),
            "invalid": _("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."),
        },
    )
    party = PartyChoiceField()
    role = forms.ChoiceField(
        label=_("Rol"), choices=Role.choices, error_messages={"required": _("Kies uw rol.")}
    )


class TrainingRequestForm(forms.ModelForm):
    party = PartyChoiceField()

    class Meta:
        model = TrainingRequest
        fields = ["party", "name", "email", "needs", "preferred_dates", "participants"]
        error_messages = {
            "name": {"required": _("Vul uw naam in.")},
            "email": {
                "required": _("Vul uw e-mailadres in."),
                "invalid": _("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."),
            },
            "needs": {"required": _("Beschrijf waar uw partij behoefte aan heeft.")},
            "participants": {
                "required": _("Vul het aantal deelnemers in."),
                "invalid": _("Vul een getal in."),
            },
        }
