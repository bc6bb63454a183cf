from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .models import MemberProfile


class MemberDetailsForm(forms.Form):
    """Added to allauth's sign-up form (ACCOUNT_SIGNUP_FORM_CLASS): the member's name."""

    full_name = forms.CharField(
        label=_("Uw naam"),
        max_length=150,
        error_messages={"required": _("Vul uw naam in.")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    def signup(self, request, user):
        language = translation.get_language() or "nl"
        MemberProfile.objects.update_or_create(
            user=user,
            defaults={"full_name": self.cleaned_data["full_name"], "language": language[:2]},
        )


class ProfileForm(forms.ModelForm):
    class Meta:
        model = MemberProfile
        fields = ["full_name", "language"]
        labels = {"full_name": _("Uw naam"), "language": _("Taal van e-mails")}
        error_messages = {"full_name": {"required": _("Vul uw naam in.")}}


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Uw wachtwoord"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": _("Vul uw wachtwoord in om het verwijderen te bevestigen.")},
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("Dit wachtwoord klopt niet."))
        return password
