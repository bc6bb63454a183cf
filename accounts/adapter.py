"""django-allauth, fitted to the site: mail through the project's mail seam in the member's
language, and the member's home (Mijn Kennispunt) as the place after logging in."""

from allauth.account.adapter import DefaultAccountAdapter
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from mail.messages import send_templated

from .models import member_language

# allauth's mails that the site words itself (accounts/templates/accounts/mail/).
OWN_MAILS = {
    "email_confirmation_signup",
    "email_confirmation",
    "password_reset_key",
    "account_already_exists",
    "unknown_account",
}


class AccountAdapter(DefaultAccountAdapter):
    # The site speaks to readers as "u"; allauth's own Dutch uses "jij".
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "email_password_mismatch": _("Het e-mailadres of het wachtwoord klopt niet."),
        "too_many_login_attempts": _(
            "Te veel mislukte inlogpogingen. Probeer het over een paar minuten opnieuw."
        ),
        "invalid_or_expired_key": _("Deze link is ongeldig of verlopen."),
        "invalid_password_reset": _("Deze link om uw wachtwoord te herstellen is ongeldig."),
    }

    def send_mail(self, template_prefix, email, context):
        name = template_prefix.rsplit("/", 1)[-1]
        user = context.get("user")
        language = (
            member_language(user)
            if getattr(user, "pk", None) and hasattr(user, "member_profile")
            else translation.get_language() or "nl"
        )
        template = f"accounts/mail/{name}"
        if name not in OWN_MAILS or not template_exists(f"{template}.txt"):
            with translation.override(language):
                return super().send_mail(template_prefix, email, context)
        context = {**context, "email": email}
        send_templated(template, to=email, language=language, context=context)

    def get_login_redirect_url(self, request):
        return reverse("member_home")

    def get_logout_redirect_url(self, request):
        return reverse("wagtail_serve", args=[""])

    def get_email_verification_redirect_url(self, email_address):
        return reverse("member_home")


def template_exists(name):
    try:
        get_template(name)
    except TemplateDoesNotExist:
        return False
    return True
