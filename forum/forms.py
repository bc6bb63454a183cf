from django import forms
from django.utils.translation import gettext_lazy as _

from .attachments import content_type_of
from .models import Category, Frequency

BODY_HELP = _(
    "U kunt Markdown gebruiken: **vet**, *schuin*, [tekst](https://...), > citaat, - lijstje."
)


class PostForm(forms.Form):
    body = forms.CharField(
        label=_("Uw bericht"), max_length=20000, widget=forms.Textarea(attrs={"rows": 8}),
        help_text=BODY_HELP,
    )  # fmt: skip
    attachment = forms.FileField(
        label=_("Bijlage (afbeelding of PDF)"), required=False,
        help_text=_("Eén bestand: PNG, JPEG, GIF, WebP of PDF, hoogstens 5 MB."),
    )  # fmt: skip

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if upload:
            upload.checked_type = content_type_of(upload)
        return upload


class ThreadForm(PostForm):
    title = forms.CharField(label=_("Titel"), max_length=200)
    field_order = ["title", "body", "attachment"]


class EditForm(forms.Form):
    body = PostForm.base_fields["body"]


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("Waarom meldt u dit bericht?"), max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )  # fmt: skip


class NoteForm(forms.Form):
    note = forms.CharField(
        label=_("Toelichting voor de auteur"), max_length=2000, required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )  # fmt: skip


class MoveForm(forms.Form):
    category = forms.ModelChoiceField(label=_("Naar categorie"), queryset=Category.objects.all())


class SuspendForm(forms.Form):
    days = forms.IntegerField(label=_("Aantal dagen"), min_value=1, max_value=3650, initial=7)
    reason = forms.CharField(
        label=_("Reden (de deelnemer krijgt die te lezen)"), max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )  # fmt: skip


class FollowForm(forms.Form):
    frequency = forms.ChoiceField(
        label=_("Hoe wilt u berichten ontvangen?"), choices=Frequency.choices,
        widget=forms.RadioSelect, initial=Frequency.IMMEDIATE,
    )  # fmt: skip


class ConductForm(forms.Form):
    accept = forms.BooleanField(
        label=_("Ik heb de gedragscode gelezen en houd me eraan."),
        error_messages={"required": _("Vink aan dat u de gedragscode accepteert.")},
    )
