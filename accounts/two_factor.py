"""Two-factor authentication for the editors (django-allauth's mfa app: an authenticator app,
TOTP, with recovery codes). With ADMIN_REQUIRE_TWO_FACTOR the admin login at /admin/login/ keeps
Wagtail's form (username and password, counted by django-axes as before) and then goes on
through allauth's login stages, which ask for the app's code when the editor has one; an editor
without one is sent to set it up before any admin page. Without the setting nothing changes."""

from allauth.account.app_settings import EmailVerificationMethod
from allauth.account.internal.flows.login import perform_login, record_authentication
from allauth.account.models import Login
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.base.forms import AuthenticateForm, ReauthenticateForm
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.forms import ActivateTOTPForm
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.account import LoginView

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
# Admin pages an editor without an app may still reach: logging in and out, a lost password.
OPEN_ADMIN_PATHS = ("/admin/login/", "/admin/logout/", "/admin/password_reset/")
DJANGO_ADMIN_LOGIN = "/django-admin/login/"


def can_use_admin(user):
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def has_authenticator_app(user):
    return is_mfa_enabled(user, [Authenticator.Type.TOTP])


class AdminLoginView(LoginView):
    """Wagtail's login; with two-factor required the password is only the first step."""

    def form_valid(self, form):
        if not settings.ADMIN_REQUIRE_TWO_FACTOR:
            return super().form_valid(form)
        remember = form.cleaned_data.get("remember")
        self.request.session.set_expiry(settings.SESSION_COOKIE_AGE if remember else 0)
        user = form.get_user()
        login = Login(
            user=user,
            redirect_url=self.get_success_url(),
            # Editors are made in the admin, not signed up: their address is not verified by mail.
            email_verification=EmailVerificationMethod.NONE,
        )
        # The password was checked in this very request: allauth may take it as a fresh
        # reauthentication, so that the setup of an app right after logging in does not ask
        # for it a second time (allauth's reauthentication window still applies).
        record_authentication(
            self.request,
            user,
            method="password",
            username=user.get_username(),
            reauthenticated=True,
        )
        return perform_login(self.request, login)


class AdminTwoFactorMiddleware:
    """Sends an editor without an authenticator app from the admin to its setup, and the
    Django admin's own login (which knows no second step) to the Wagtail admin's."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.ADMIN_REQUIRE_TWO_FACTOR and request.path.startswith(ADMIN_PREFIXES):
            if request.path == DJANGO_ADMIN_LOGIN:
                query = urlencode({"next": request.GET.get("next", "/django-admin/")})
                return redirect(f"{reverse('wagtailadmin_login')}?{query}")
            user = request.user
            if (
                not request.path.startswith(OPEN_ADMIN_PATHS)
                and can_use_admin(user)
                and not has_authenticator_app(user)
            ):
                messages.warning(
                    request,
                    _(
                        "Het beheer vraagt bij het inloggen om een tweede stap. Stel eerst een "
                        "authenticator-app in op uw telefoon; daarna kunt u verder."
                    ),
                )
                return redirect("mfa_activate_totp")
        return self.get_response(request)


class MFAAdapter(DefaultMFAAdapter):
    # The site speaks to readers as "u"; allauth's own Dutch uses "jij".
    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "incorrect_code": _(
            "Deze code klopt niet. Vul de code in die uw authenticator-app nu toont."
        ),
        "cannot_delete_authenticator": _(
            "Het beheer vraagt om tweestapsverificatie; u kunt uw authenticator-app niet "
            "uitzetten. Hebt u een nieuwe telefoon, vraag dan een beheerder om de app te "
            "herstellen."
        ),
    }

    def can_delete_authenticator(self, authenticator):
        # An editor cannot switch it off while the admin requires it (an administrator can:
        # manage.py reset_two_factor).
        return not (settings.ADMIN_REQUIRE_TWO_FACTOR and can_use_admin(authenticator.user))


CODE_LABEL = _("Code uit uw authenticator-app (of een herstelcode)")


class TwoFactorAuthenticateForm(AuthenticateForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].label = CODE_LABEL


class TwoFactorReauthenticateForm(ReauthenticateForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].label = CODE_LABEL


class TwoFactorActivateForm(ActivateTOTPForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].label = _("Code uit uw authenticator-app")
