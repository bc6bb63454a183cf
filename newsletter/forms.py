from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from parties.models import LocalParty

CONSENT_TEXT = _(
    "Ik wil de nieuwsbrief van het Kennispunt per e-mail ontvangen. Mijn gegevens worden alleen "
    "daarvoor gebruikt en ik kan me met één klik weer afmelden."
)
# A field people never see: a bot that fills in every field fills in this one too.
HONEYPOT = "website"


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mailadres"),
        max_length=254,
        error_messages={
            "required": _("Vul uw e-mailadres in."),
            "invalid": _("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    name = forms.CharField(
        label=_("Naam (niet verplicht)"),
        max_length=150,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    party = forms.ModelChoiceField(
        label=_("Partij (niet verplicht)"),
        queryset=LocalParty.objects.public().order_by("name"),
        required=False,
        empty_label=_("— geen of zeg ik liever niet —"),
        error_messages={"invalid_choice": _("Kies een partij uit de lijst.")},
    )
    language = forms.ChoiceField(
        label=_("Taal van de nieuwsbrief"),
        choices=[("nl", "Nederlands"), ("en", "English")],
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies een taal."), "invalid_choice": _("Kies een taal.")},
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": _("Geef toestemming om de nieuwsbrief te ontvangen.")},
    )
    source = forms.CharField(required=False, widget=forms.HiddenInput)
    website = forms.CharField(
        label=_("Laat dit veld leeg"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, language=None, compact=False, **kwargs):
        kwargs.setdefault("auto_id", "nb-footer-%s" if compact else "nb-%s")
        super().__init__(*args, **kwargs)
        if language in dict(settings.LANGUAGES):
            self.fields["language"].initial = language
        self.compact = compact
        if compact:
            self.fields["language"].widget = forms.HiddenInput()
            self.fields["source"].initial = "footer"
            del self.fields["name"]
            del self.fields["party"]

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def is_bot(self):
        return bool(self.data.get(HONEYPOT, "").strip())


def consent_text(language):
    from django.utils import translation

    with translation.override(language):
        return str(CONSENT_TEXT)


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV-bestand"),
        help_text=_(
            "Kolommen: email, name, language (nl of en), consent_at (bijvoorbeeld "
            "2024-03-01 of 2024-03-01T10:00), party (niet verplicht: de naam in het register)."
        ),
        error_messages={"required": _("Kies een CSV-bestand.")},
    )
