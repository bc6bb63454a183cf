"""Sign-up, confirmation and unsubscribing (/nieuwsbrief/…, /en/newsletter/…).

The sign-up form sits in the footer of cached pages, which can hold no CSRF token: the form
posts without one. A forged sign-up can do no more than anybody typing an address into the
form: a confirmation mail, and nothing until its link is used. Unsubscribing takes a POST
without CSRF too, as RFC 8058's one-click unsubscribe from a mail client needs."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from ratelimits.middleware import RateLimitMiddleware, client_address

from . import subscriptions
from .forms import SubscribeForm
from .tokens import subscriber_of_confirm_token, subscriber_of_unsubscribe_token


class SignupRateLimit(RateLimitMiddleware):
    """The API limit's counting (shared cache, per client address), per hour."""

    window = 3600


signup_limit = SignupRateLimit(get_response=None)


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def subscribe(request):
    language = translation.get_language()
    if request.method == "GET":
        form = SubscribeForm(language=language)
        return TemplateResponse(request, "newsletter/subscribe.html", {"form": form})
    form = SubscribeForm(request.POST, language=language)
    limit = settings.NEWSLETTER_SIGNUP_LIMIT
    if limit and signup_limit.over_limit(f"newsletter-signup:{client_address(request)}", limit):
        response = TemplateResponse(request, "newsletter/too_many.html", status=429)
        response["Retry-After"] = "3600"
        return response
    if form.is_bot():
        return redirect("newsletter_check_mail")
    if not form.is_valid():
        return TemplateResponse(request, "newsletter/subscribe.html", {"form": form}, status=400)
    data = form.cleaned_data
    subscriptions.request_subscription(
        email=data["email"],
        language=data["language"],
        name=data.get("name", ""),
        party=data.get("party"),
        source="footer" if data.get("source") == "footer" else "form",
    )
    return redirect("newsletter_check_mail")


@never_cache
def check_mail(request):
    return TemplateResponse(request, "newsletter/check_mail.html")


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button, POST confirms: a mail scanner opening the link confirms nothing."""
    found = subscriber_of_confirm_token(token)
    if found is None:
        return TemplateResponse(request, "newsletter/link_invalid.html", status=400)
    if request.method == "GET":
        return TemplateResponse(request, "newsletter/confirm.html")
    if not subscriptions.confirm(*found):
        return TemplateResponse(request, "newsletter/link_invalid.html", status=400)
    return TemplateResponse(request, "newsletter/confirmed.html")


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET shows a button (a scanner's visit changes nothing); POST, from that button or from
    a mail client's List-Unsubscribe-Post, unsubscribes. An address no longer on the list gets
    the same answer as one that was."""
    subscriber_id = subscriber_of_unsubscribe_token(token)
    if subscriber_id is None:
        return TemplateResponse(request, "newsletter/link_invalid.html", status=400)
    if request.method == "GET":
        return TemplateResponse(request, "newsletter/unsubscribe.html")
    subscriptions.unsubscribe(subscriber_id)
    return TemplateResponse(request, "newsletter/unsubscribed.html")


@login_required
@never_cache
@require_http_methods(["POST"])
def member_subscribe(request):
    """The subscribe button in Mijn Kennispunt (CSRF-protected: that page is never cached)."""
    language = request.POST.get("language")
    if language not in dict(settings.LANGUAGES):
        messages.error(request, _("Kies de taal van de nieuwsbrief."))
        return redirect("member_home")
    if subscriptions.subscribe_member(request.user, language) is None:
        if not request.user.email:
            messages.error(request, _("Uw account heeft geen e-mailadres."))
            return redirect("member_home")
        subscriptions.request_subscription(
            email=request.user.email.lower(),
            language=language,
            name=request.user.get_full_name(),
            source="member",
        )
        messages.info(request, _("We hebben u een mail gestuurd: bevestig daarin uw aanmelding."))
        return redirect("member_home")
    messages.success(request, _("U bent aangemeld voor de nieuwsbrief."))
    return redirect("member_home")
