"""One error format for every endpoint the project owns: RFC 9457 problem details
(`application/problem+json`) with `type`, `title`, `status`, `detail` and, for parameter
problems, `errors` naming each parameter and what is wrong with it.

Titles and messages are in the request's language: `?locale=` when it names a language of the
site, otherwise the language cookie or the Accept-Language header, otherwise Dutch. Wagtail's
own v2 endpoints keep their `{"message": …}` shape; see api/router.py.
"""

import json
from functools import wraps
from http import HTTPStatus

from django.conf import settings
from django.http import HttpResponse
from django.utils import translation
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from ninja import Schema

from core.i18n import language_codes
from core.outages import RETRY_AFTER

PROBLEM_JSON = "application/problem+json"
BLANK = "about:blank"
INVALID_PARAMETERS = "/api/problems/invalid-parameters"

TITLES = {
    400: _("Ongeldig verzoek"),
    401: _("Niet aangemeld"),
    403: _("Geen toegang"),
    404: _("Niet gevonden"),
    405: _("Methode niet toegestaan"),
    406: _("Niet aanvaardbaar"),
    415: _("Mediatype niet ondersteund"),
    422: _("Ongeldige invoer"),
    429: _("Te veel verzoeken"),
    500: _("Serverfout"),
    503: _("Dienst niet beschikbaar"),
}


class ParameterError(Schema):
    parameter: str
    detail: str


class Problem(Schema):
    """RFC 9457 problem details."""

    type: str
    title: str
    status: int
    detail: str
    errors: list[ParameterError] | None = None


class ParameterProblem(Exception):
    """A request with parameters the endpoint cannot use: `errors` is [(name, message)]."""

    def __init__(self, errors):
        super().__init__("; ".join(f"{name}: {message}" for name, message in errors))
        self.errors = errors


def request_language(request):
    """`?locale=` if it names a language of the site, else the language cookie or
    Accept-Language (LocaleMiddleware gives unprefixed URLs such as /api/ the default
    language, so they are read here), else Dutch."""
    if request is None:
        return settings.LANGUAGE_CODE
    code = request.GET.get("locale")
    if code in language_codes():
        return code
    return translation.get_language_from_request(request, check_path=False)


def problem_data(status, detail="", errors=None, type_uri=None):
    title = TITLES.get(status)
    data = {
        "type": type_uri or (INVALID_PARAMETERS if errors and status == 400 else BLANK),
        "title": str(title) if title else HTTPStatus(status).phrase,
        "status": status,
        "detail": str(detail) or (str(title) if title else HTTPStatus(status).phrase),
    }
    if errors and status == 400:
        data["title"] = str(_("Ongeldige parameters"))
    if errors:
        data["errors"] = [{"parameter": name, "detail": str(text)} for name, text in errors]
    return data


def problem_response(request, status, detail="", errors=None, headers=None):
    """The problem as an HTTP response, in the request's language."""
    with translation.override(request_language(request)):
        if errors and not detail:
            detail = _("Een of meer parameters zijn ongeldig.")
        data = problem_data(status, detail, errors)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False), status=status, content_type=PROBLEM_JSON
    )
    response["Content-Language"] = request_language(request)
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def unavailable_problem(request):
    """The database or the cache is unreachable or restarting (core/outages.py): a 503."""
    detail = _("De dienst is even niet beschikbaar; probeer het over een paar seconden opnieuw.")
    headers = {"Retry-After": str(RETRY_AFTER), "Cache-Control": "no-store"}
    return problem_response(request, 503, detail, headers=headers)


def unknown_locale(value):
    choices = ", ".join(language_codes())
    return format_lazy(
        _("Onbekende taal: {value}; kies uit {choices}."), value=value[:20], choices=choices
    )


def unknown_value(parameter, value):
    """What is wrong with a value the service did not find (an unknown topic, type…)."""
    if parameter == "locale":
        return unknown_locale(value)
    if parameter == "topic":
        return format_lazy(_("Onbekend onderwerp: {value}."), value=value[:50])
    return format_lazy(_("Onbekende waarde: {value}."), value=value[:50])


def as_problems(view):
    """Wrap a view (e.g. one of django-ninja's) so that an error it answers in another shape,
    such as ninja's plain-text 405, becomes a problem with the same status and headers."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.status_code < 400 or response.get("Content-Type") == PROBLEM_JSON:
            return response
        headers = {name: response[name] for name in ("Allow", "Retry-After") if name in response}
        return problem_response(request, response.status_code, headers=headers)

    return wrapper


def invalid_parameters_type(request):
    """What the problem type /api/problems/invalid-parameters means, for whoever follows it."""
    with translation.override(request_language(request)):
        data = {
            "type": INVALID_PARAMETERS,
            "title": str(_("Ongeldige parameters")),
            "description": str(
                _(
                    "Een of meer parameters van het verzoek zijn ongeldig. `errors` noemt elke "
                    "parameter en wat eraan schort; pas ze aan en probeer het opnieuw."
                )
            ),
        }
    return HttpResponse(json.dumps(data, ensure_ascii=False), content_type="application/json")
