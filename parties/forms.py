from django import forms
from django.utils.translation import gettext_lazy as _

from .models import LocalParty, Role


class RegisterImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV-bestand"),
        help_text=_(
            "Kolommen: id, naam, korte_naam, gemeenten (meer gemeenten gescheiden door |), "
            "provincie, website, in_aanmerking (ja/nee), status (actief, gefuseerd, opgeheven), "
            "gefuseerd_in (id), notities. Een regel met een id werkt die partij bij; zonder id "
            "wordt de partij toegevoegd."
        ),
        error_messages={"required": _("Kies een CSV-bestand.")},
    )


class MergeForm(forms.Form):
    INTO_FIRST = "first"
    INTO_SECOND = "second"
    NEW = "new"

    first = forms.ModelChoiceField(
        LocalParty.objects.exclude(status="merged"),
        label=_("Eerste partij"),
        error_messages={"required": _("Kies de eerste partij.")},
    )
    second = forms.ModelChoiceField(
        LocalParty.objects.exclude(status="merged"),
        label=_("Tweede partij"),
        error_messages={"required": _("Kies de tweede partij.")},
    )
    outcome = forms.ChoiceField(
        label=_("Na de fusie"),
        choices=[
            (NEW, _("Samen verder als een nieuwe partij")),
            (INTO_FIRST, _("De tweede partij gaat op in de eerste")),
            (INTO_SECOND, _("De eerste partij gaat op in de tweede")),
        ],
        widget=forms.RadioSelect,
        initial=NEW,
    )
    new_name = forms.CharField(label=_("Naam van de nieuwe partij"), max_length=150, required=False)
    new_short_name = forms.CharField(label=_("Korte naam"), max_length=40, required=False)

    def clean(self):
        data = super().clean()
        if data.get("first") and data.get("first") == data.get("second"):
            self.add_error("second", _("Kies twee verschillende partijen."))
        if data.get("outcome") == self.NEW and not data.get("new_name"):
            self.add_error("new_name", _("Geef de naam van de nieuwe partij."))
        return data


ROLE_LABEL = _("Uw rol in de partij")


class PartyChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, party):
        return f"{party.name} ({party.municipality_names()})"


class MembershipRequestForm(forms.Form):
    """Joining a party from the register (found by name or municipality)."""

    party = PartyChoiceField(
        LocalParty.objects.public(),
        label=_("Uw partij"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies uw partij uit de zoekresultaten."),
            "invalid_choice": _(
                "Deze partij staat niet (meer) in het register. Zoek opnieuw, of meld hieronder "
                "dat uw partij er niet bij staat."
            ),
        },
    )
    role = forms.ChoiceField(
        label=ROLE_LABEL,
        choices=[("", _("Kies een rol")), *Role.choices],
        error_messages={
            "required": _("Kies uw rol in de partij."),
            "invalid_choice": _("Kies een van de rollen uit de lijst."),
        },
    )

    def __init__(self, *args, results=None, **kwargs):
        super().__init__(*args, **kwargs)
        if results is not None:
            self.fields["party"].widget.choices = [
                (party.pk, self.fields["party"].label_from_instance(party)) for party in results
            ]


class UnlistedPartyForm(forms.Form):
    """A party that is not in the register yet: staff add it and approve."""

    prefix = "unlisted"

    party_name = forms.CharField(
        label=_("Naam van uw partij"),
        max_length=200,
        error_messages={"required": _("Vul de naam van uw partij in.")},
    )
    municipality = forms.CharField(
        label=_("Gemeente"),
        max_length=100,
        error_messages={"required": _("Vul de gemeente in waar uw partij actief is.")},
    )
    role = MembershipRequestForm.base_fields["role"]
