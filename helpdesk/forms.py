from django import forms
from django.utils.translation import gettext_lazy as _

from guides.models import TopicPage
from parties.models import LocalParty, Role

from .attachments import kind_of

OTHER = "anders"


class PartyChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, party):
        names = party.municipality_names()
        return f"{party.name} ({names})" if names else party.name


class QuestionForm(forms.Form):
    name = forms.CharField(
        label=_("Uw naam"),
        max_length=150,
        error_messages={"required": _("Vul uw naam in.")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Uw e-mailadres"),
        error_messages={
            "required": _("Vul uw e-mailadres in, dan kunnen we u antwoorden."),
            "invalid": _("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    party = PartyChoiceField(
        LocalParty.objects.public(),
        label=_("Uw partij"),
        required=False,
        empty_label=_("Kies uw partij"),
        error_messages={"invalid_choice": _("Kies een partij uit de lijst.")},
    )
    party_name = forms.CharField(
        label=_("Staat uw partij niet in de lijst? Vul de naam in"),
        max_length=200,
        required=False,
    )
    role = forms.ChoiceField(
        label=_("Uw rol in de partij"),
        choices=[("", _("Kies een rol")), *Role.choices],
        required=False,
        error_messages={"invalid_choice": _("Kies een van de rollen uit de lijst.")},
    )
    topic = forms.ChoiceField(
        label=_("Onderwerp"),
        error_messages={
            "required": _("Kies het onderwerp van uw vraag."),
            "invalid_choice": _("Kies een van de onderwerpen uit de lijst."),
        },
    )
    text = forms.CharField(
        label=_("Uw vraag"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _("Schrijf uw vraag."),
            "max_length": _("Uw vraag is te lang: hooguit %(limit_value)d tekens."),
        },
    )
    attachment = forms.FileField(
        label=_("Bijlage (niet verplicht)"),
        help_text=_("Een PDF, PNG of JPEG van hooguit 5 MB."),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.png,.jpg,.jpeg"}),
    )
    consent = forms.BooleanField(
        label=_(
            "Ik geef toestemming om mijn gegevens te gebruiken voor het beantwoorden van mijn "
            "vraag, zoals beschreven in de privacyverklaring."
        ),
        error_messages={
            "required": _("Geef toestemming, anders kunnen we uw vraag niet behandelen.")
        },
    )
    # A field people never see (hidden by CSS and from assistive technology): bots fill it.
    website = forms.CharField(
        required=False,
        label=_("Laat dit veld leeg"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    altcha = forms.CharField(required=False, widget=forms.HiddenInput)
    pending_attachment = forms.CharField(required=False, widget=forms.HiddenInput)
    seen_suggestions = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        topics = TopicPage.objects.live().public().filter(locale=locale).order_by("title")
        self.topics = {str(topic.pk): topic for topic in topics}
        self.fields["topic"].choices = [
            ("", _("Kies een onderwerp")),
            *[(pk, topic.title) for pk, topic in self.topics.items()],
            (OTHER, _("Anders")),
        ]

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if upload:
            self.attachment_kind = kind_of(upload)
        return upload

    def clean_topic(self):
        value = self.cleaned_data["topic"]
        return None if value == OTHER else self.topics[value]

    @property
    def honeypot_filled(self):
        return bool(self.cleaned_data.get("website"))
