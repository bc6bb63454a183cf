"""The member API for the decoupled app (OpenAPI at /api/me/openapi.json).

A member logs in through allauth's app API (/api/auth/app/v1/auth/login, documented at
/api/auth/openapi.html) and sends its session token as `X-Session-Token`; a browser on the site
itself uses its session (with the CSRF token for writes). Nothing about members is public; the
public part of the register (eligible, active parties) is listed for sign-up autocompletion.
Errors are RFC 9457 problem details (application/problem+json).
"""

import json

from allauth.headless.contrib.ninja.security import x_session_token_auth
from django.contrib.auth import logout
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.security import SessionAuth

from accounts.models import MemberProfile
from accounts.registry import erase_member, member_data
from accounts.views import is_staff_account

from .membership import MembershipError, open_membership, request_membership
from .models import LocalParty, Role

PROBLEM_JSON = "application/problem+json"
TITLES = {
    400: "Ongeldig verzoek",
    401: "Niet aangemeld",
    403: "Geen toegang",
    404: "Niet gevonden",
    409: "Conflict",
    422: "Ongeldige invoer",
    429: "Te veel verzoeken",
}


class MemberSessionAuth(SessionAuth):
    """The site's own login session; CSRF is checked on writes."""


api = NinjaAPI(
    title="Kennispunt leden",
    version="1.0",
    description=__doc__,
    urls_namespace="member_api",
    docs_url="me/docs/",
    openapi_url="me/openapi.json",
    auth=[x_session_token_auth, MemberSessionAuth()],
)


def problem(request, status, detail, errors=None):
    data = {"type": "about:blank", "title": TITLES.get(status, "Fout"), "status": status}
    data["detail"] = detail
    if errors:
        data["type"] = "/api/problems/invalid-parameters"
        data["errors"] = errors
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False), status=status, content_type=PROBLEM_JSON
    )
    patch_cache_control(response, private=True, no_store=True)
    return response


@api.exception_handler(AuthenticationError)
def not_logged_in(request, exc):
    return problem(request, 401, "Log in als lid: stuur X-Session-Token of een sessie.")


@api.exception_handler(HttpError)
def http_error(request, exc):
    return problem(request, exc.status_code, str(exc))


@api.exception_handler(ValidationError)
def invalid_input(request, exc):
    errors = [
        {"parameter": ".".join(str(p) for p in e.get("loc", [])[1:]) or "body", "detail": e["msg"]}
        for e in exc.errors
    ]
    return problem(request, 422, "De invoer klopt niet.", errors)


class PartyOut(Schema):
    id: int
    name: str
    short_name: str
    municipalities: list[str]
    province: str


class MembershipOut(Schema):
    party: PartyOut | None
    party_as_requested: str
    role: str
    role_label: str
    status: str


class MeOut(Schema):
    email: str
    full_name: str
    language: str
    membership: MembershipOut | None


class MembershipRequestIn(Schema):
    role: Role
    party_id: int | None = None
    party_name: str = ""
    municipality: str = ""


class DeleteIn(Schema):
    password: str


class ProblemOut(Schema):
    type: str
    title: str
    status: int
    detail: str


def party_out(party):
    return {
        "id": party.id,
        "name": party.name,
        "short_name": party.short_name,
        "municipalities": [m.name for m in party.municipalities.all()],
        "province": party.province.name,
    }


def membership_out(membership):
    if membership is None:
        return None
    return {
        "party": party_out(membership.party) if membership.party else None,
        "party_as_requested": membership.requested_party_name,
        "role": membership.role,
        "role_label": membership.get_role_display(),
        "status": membership.status,
    }


def me_out(user):
    profile = MemberProfile.objects.filter(user=user).first()
    return {
        "email": user.email,
        "full_name": profile.full_name if profile else "",
        "language": profile.language if profile else "nl",
        "membership": membership_out(open_membership(user)),
    }


def private(response):
    patch_cache_control(response, private=True, no_store=True)
    return response


ERRORS = {401: ProblemOut, 403: ProblemOut, 404: ProblemOut, 409: ProblemOut, 422: ProblemOut}


@api.get("me/", response={200: MeOut, **ERRORS}, summary="Mijn profiel en partij")
def me(request, response: HttpResponse):
    private(response)
    return me_out(request.auth)


@api.post(
    "me/membership-request/",
    response={201: MembershipOut, **ERRORS},
    summary="Aansluiten bij een partij",
)
def membership_request(request, data: MembershipRequestIn, response: HttpResponse):
    """Either `party_id` (a party from /api/parties/) or `party_name` and `municipality` for a
    party that is not in the register yet. Staff approve or refuse; the member gets a mail."""
    private(response)
    user = request.auth
    if not user.emailaddress_set.filter(verified=True).exists():
        raise HttpError(403, "Bevestig eerst uw e-mailadres.")
    party = None
    if data.party_id is not None:
        party = LocalParty.objects.public().filter(pk=data.party_id).first()
        if party is None:
            raise HttpError(404, "Deze partij staat niet in het register.")
    elif not data.party_name.strip() or not data.municipality.strip():
        raise HttpError(422, "Geef party_id, of party_name en municipality.")
    try:
        membership = request_membership(
            user,
            role=data.role,
            party=party,
            party_name=data.party_name.strip()[:200],
            municipality=data.municipality.strip()[:100],
        )
    except MembershipError:
        raise HttpError(409, "U hebt al een aanvraag of lidmaatschap.") from None
    return 201, membership_out(membership)


@api.get("me/export/", response={200: dict, **ERRORS}, summary="Al mijn gegevens (AVG art. 15)")
def export(request, response: HttpResponse):
    private(response)
    return member_data(request.auth)


@api.delete("me/", response={204: None, **ERRORS}, summary="Mijn account verwijderen (AVG art. 17)")
def delete_account(request, data: DeleteIn):
    user = request.auth
    if is_staff_account(user):
        raise HttpError(403, "Een medewerkersaccount wordt door een beheerder verwijderd.")
    if not user.check_password(data.password):
        raise HttpError(403, "Dit wachtwoord klopt niet.")
    if request.user.is_authenticated and hasattr(request, "session"):
        logout(request)
    erase_member(user)
    return 204, None


@api.get("parties/", auth=None, response={200: list[PartyOut]}, summary="Partijen zoeken")
def parties(request, search: str = "", limit: int = 20):
    """Eligible, active parties whose name, short name or municipality contains `search`
    (for autocompletion when signing up); at most `limit` (1–50)."""
    limit = min(max(limit, 1), 50)
    queryset = (
        LocalParty.objects.public()
        .matching(search[:100])
        .select_related("province")
        .prefetch_related("municipalities")
    )
    return [party_out(party) for party in queryset[:limit]]
