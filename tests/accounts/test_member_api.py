"""The member API: allauth's app login gives a session token for /api/me/; the register's public
part is listed for autocompletion; errors are problem details."""

import pytest

from parties.factories import LocalPartyFactory, MembershipFactory, MunicipalityFactory
from parties.models import Membership, PartyStatus
from tests.accounts.helpers import PASSWORD, make_member

pytestmark = pytest.mark.django_db


def app_login(client, email):
    response = client.post(
        "/api/auth/app/v1/auth/login",
        {"email": email, "password": PASSWORD},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    return response.json()["meta"]["session_token"]


def test_nothing_about_members_is_public(client):
    for method, path in (("get", "/api/me/"), ("get", "/api/me/export/"), ("delete", "/api/me/")):
        response = getattr(client, method)(path)
        assert response.status_code == 401
        assert response["Content-Type"] == "application/problem+json"
        problem = response.json()
        assert problem["status"] == 401 and problem["title"] == "Niet aangemeld"
    response = client.get("/api/me/", HTTP_X_SESSION_TOKEN="verzonnen")
    assert response.status_code == 401


def test_token_login_profile_request_and_export(client, member):
    party = LocalPartyFactory(name="Domstad Dichtbij")
    token = app_login(client, member.email)
    headers = {"HTTP_X_SESSION_TOKEN": token}
    me = client.get("/api/me/", **headers)
    assert me.status_code == 200
    assert "no-store" in me["Cache-Control"] and "private" in me["Cache-Control"]
    assert me.json() == {
        "email": "lid@example.org",
        "full_name": "Sanne de Vries",
        "language": "nl",
        "membership": None,
    }
    missing = client.post(
        "/api/me/membership-request/",
        {"party_id": 999999, "role": "lid"},
        content_type="application/json",
        **headers,
    )
    assert missing.status_code == 404
    assert missing.json()["detail"] == "Deze partij staat niet in het register."
    bad_role = client.post(
        "/api/me/membership-request/",
        {"party_id": party.pk, "role": "keizer"},
        content_type="application/json",
        **headers,
    )
    assert bad_role.status_code == 422
    assert bad_role.json()["errors"][0]["parameter"] == "data.role"
    created = client.post(
        "/api/me/membership-request/",
        {"party_id": party.pk, "role": "wethouder"},
        content_type="application/json",
        **headers,
    )
    assert created.status_code == 201
    assert created.json()["status"] == "pending"
    again = client.post(
        "/api/me/membership-request/",
        {"party_name": "X", "municipality": "Y", "role": "lid"},
        content_type="application/json",
        **headers,
    )
    assert again.status_code == 409
    assert client.get("/api/me/", **headers).json()["membership"]["party"]["name"] == (
        "Domstad Dichtbij"
    )
    export = client.get("/api/me/export/", **headers).json()
    assert export["party_memberships"][0]["role"] == "wethouder"


def test_session_login_works_too(member_client):
    assert member_client.get("/api/me/").json()["email"] == "lid@example.org"


def test_delete_through_the_api_needs_the_password(client, member):
    MembershipFactory(user=member)
    headers = {"HTTP_X_SESSION_TOKEN": app_login(client, member.email)}
    wrong = client.delete(
        "/api/me/", {"password": "fout"}, content_type="application/json", **headers
    )
    assert wrong.status_code == 403
    gone = client.delete(
        "/api/me/", {"password": PASSWORD}, content_type="application/json", **headers
    )
    assert gone.status_code == 204
    assert not Membership.objects.exists()
    assert client.get("/api/me/", **headers).status_code == 401


def test_public_register_search_for_autocompletion(client):
    ede = MunicipalityFactory(name="Ede")
    LocalPartyFactory(name="Veluwse Stem", province=ede.province, municipalities=[ede])
    LocalPartyFactory(name="Veluwse Oud", province=ede.province, status=PartyStatus.DISSOLVED)
    LocalPartyFactory(name="Veluwse Landelijk", province=ede.province, eligible=False)
    response = client.get("/api/parties/", {"search": "veluwse"})
    assert response.status_code == 200
    assert [p["name"] for p in response.json()] == ["Veluwse Stem"]
    assert response.json()[0]["municipalities"] == ["Ede"]
    assert client.get("/api/parties/", {"search": "Ede"}).json()[0]["name"] == "Veluwse Stem"
    assert client.get("/api/parties/", {"limit": "veel"}).status_code == 422


def test_openapi_documents_the_member_endpoints(client):
    schema = client.get("/api/me/openapi.json").json()
    assert "/api/me/" in schema["paths"] and "/api/parties/" in schema["paths"]
    assert client.get("/api/auth/openapi.json").status_code == 200


def test_unverified_member_cannot_request(client):
    user = make_member("nog@example.org", verified=False)
    client.force_login(user)
    response = client.post(
        "/api/me/membership-request/",
        {"party_name": "X", "municipality": "Y", "role": "lid"},
        content_type="application/json",
    )
    assert response.status_code in (403,)
