from allauth.account.models import EmailAddress
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .models import MemberProfile
from .registry import ERASURE, EXPORT, PANELS, MemberPanel


@hooks.register(PANELS)
def profile_panel(request):
    profile = MemberProfile.objects.filter(user=request.user).first()
    return MemberPanel(
        "profile", _("Mijn gegevens"), "accounts/panels/profile.html", {"profile": profile}, 10
    )


@hooks.register(EXPORT)
def account_data(user):
    profile = MemberProfile.objects.filter(user=user).first()
    return {
        "account": {
            "email": user.email,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "profile": {
            "full_name": profile.full_name if profile else "",
            "language": profile.language if profile else "",
        },
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user)
        ],
    }


@hooks.register(ERASURE)
def erase_account_data(user):
    # The profile and e-mail addresses go with the account (on delete cascade); sessions too,
    # as the member is logged out. Nothing of the account is kept.
    MemberProfile.objects.filter(user=user).delete()
    EmailAddress.objects.filter(user=user).delete()


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    """The editor's account page in the admin links to the authenticator app and recovery codes."""
    return {
        "url": reverse("mfa_index"),
        "label": _("Tweestapsverificatie"),
        "help_text": _("Uw authenticator-app en herstelcodes voor het inloggen."),
    }
