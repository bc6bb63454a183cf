"""API v3 writes: only with a user's API token (`Authorization: Bearer …`) and only what that
user may do in the admin; browsers on the app's origin may only read, anonymously."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import APIToken, GroupPagePermission

from guides.models import GuideIndexPage, GuidePage
from home.models import StandardPage

pytestmark = pytest.mark.django_db
PROBLEM_JSON = "application/problem+json"
APP_ORIGIN = "http://localhost:3000"


def make_user(username, *groups, **fields):
    user = get_user_model().objects.create_user(username, password="geheim-wachtwoord", **fields)
    user.groups.add(*groups)
    return user


def token_for(user):
    return APIToken.create_token(user=user, name=f"script van {user.username}")[1]


def bearer(token):
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


@pytest.fixture
def guide_editors():
    """Editors of the guides: add, change and publish under the guide index, nothing else."""
    group = Group.objects.create(name="Gidsredactie")
    index = GuideIndexPage.objects.get(locale__language_code="nl")
    for codename in ("add_page", "change_page", "publish_page"):
        permission = Permission.objects.get(
            content_type__app_label="wagtailcore", codename=codename
        )
        GroupPagePermission.objects.create(group=group, page=index, permission=permission)
    return group


@pytest.fixture
def editor_token(guide_editors):
    return token_for(make_user("redacteur", guide_editors))


def new_guide(topic, **meta):
    return {
        "meta": {"type": "guides.GuidePage", "parent_id": topic.id, **meta},
        "title": "Zonnebloemactie voor nieuwe leden",
        "slug": "zonnebloemactie",
        "summary": "Hoe een zonnebloemactie nieuwe leden oplevert.",
        "body": [{"type": "paragraph", "value": "<p>Deel zonnebloemzaad uit op de markt.</p>"}],
    }


def write(client, method, url, data=None, **headers):
    body = json.dumps(data) if data is not None else ""
    return getattr(client, method)(url, body, content_type="application/json", **headers)


def assert_problem(response, status):
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"] == PROBLEM_JSON
    assert response.json()["status"] == status


def writes(topic, guide):
    return [
        ("post", "/api/v3/pages/", new_guide(topic)),
        (
            "patch",
            f"/api/v3/pages/{guide.id}/",
            {"meta": {"type": "guides.GuidePage"}, "title": "X"},
        ),
        ("delete", f"/api/v3/pages/{guide.id}/", None),
        ("post", f"/api/v3/pages/{guide.id}/actions/publish/", {}),
        ("post", f"/api/v3/pages/{guide.id}/actions/unpublish/", {}),
    ]


def assert_unchanged(guide):
    guide.refresh_from_db()
    assert guide.live and guide.title != "X"
    assert not GuidePage.objects.filter(slug="zonnebloemactie").exists()


def test_anonymous_writes_are_401_json(client, topic, demo_guide):
    for method, url, data in writes(topic, demo_guide):
        assert_problem(write(client, method, url, data), 401)
    assert_unchanged(demo_guide)


@pytest.mark.parametrize(
    "token",
    [
        "wagtail_onbekendonbekendonbekend0000000",
        "geen-token",
        "",
    ],
    ids=["unknown", "malformed", "empty"],
)
def test_unknown_tokens_are_401(client, topic, demo_guide, token):
    for method, url, data in writes(topic, demo_guide):
        assert_problem(write(client, method, url, data, **bearer(token)), 401)
    assert_unchanged(demo_guide)


def test_a_revoked_token_is_401(client, topic, demo_guide, guide_editors):
    token = token_for(make_user("oud-redacteur", guide_editors))
    APIToken.objects.get().revoke()
    for method, url, data in writes(topic, demo_guide):
        assert_problem(write(client, method, url, data, **bearer(token)), 401)
    assert_unchanged(demo_guide)


def test_an_inactive_users_token_is_401(client, topic, demo_guide, guide_editors):
    token = token_for(make_user("vertrokken", guide_editors, is_active=False))
    for method, url, data in writes(topic, demo_guide):
        assert_problem(write(client, method, url, data, **bearer(token)), 401)
    assert_problem(client.get("/api/v3/whoami/", **bearer(token)), 401)
    assert_unchanged(demo_guide)


def test_a_logged_in_session_without_a_token_cannot_write(client, admin_user, topic, demo_guide):
    client.force_login(admin_user)  # even a superuser's admin session
    assert client.get("/admin/").status_code == 200
    for method, url, data in writes(topic, demo_guide):
        assert_problem(write(client, method, url, data), 401)
    assert_unchanged(demo_guide)


def test_a_user_without_page_permissions_gets_403(client, topic, demo_guide):
    token = token_for(make_user("lezer"))
    assert client.get("/api/v3/whoami/", **bearer(token)).json()["user"]["username"] == "lezer"
    for method, url, data in writes(topic, demo_guide):
        assert_problem(write(client, method, url, data, **bearer(token)), 403)
    assert_unchanged(demo_guide)


def test_an_editor_cannot_write_outside_the_guides(client, editor_token):
    about = StandardPage.objects.get(slug="over-ons", locale__language_code="nl")
    page = {"meta": {"type": "home.StandardPage", "parent_id": about.id}, "title": "Nieuw"}
    assert_problem(write(client, "post", "/api/v3/pages/", page, **bearer(editor_token)), 403)
    patch = {"meta": {"type": "home.StandardPage"}, "title": "Gewijzigd"}
    url = f"/api/v3/pages/{about.id}/"
    assert_problem(write(client, "patch", url, patch, **bearer(editor_token)), 403)
    assert_problem(write(client, "delete", url, **bearer(editor_token)), 403)
    assert_problem(write(client, "post", f"{url}actions/publish/", {}, **bearer(editor_token)), 403)
    about.refresh_from_db()
    assert about.title != "Gewijzigd" and about.live


def visible_to_anonymous(client, page_id):
    v2 = client.get(f"/api/v2/pages/{page_id}/").status_code
    v3 = client.get(f"/api/v3/pages/{page_id}/").status_code
    draft = client.get(f"/api/v3/pages/{page_id}/", {"version": "draft"}).status_code
    listed = page_id in [
        item["id"]
        for item in client.get("/api/v2/pages/", {"type": "guides.GuidePage", "limit": 100}).json()[
            "items"
        ]
    ]
    found = page_id in [
        item["id"] for item in client.get("/api/search/", {"q": "zonnebloemactie"}).json()["items"]
    ]
    assert v2 == v3 == draft and (v2 == 200) == listed == found, (v2, v3, draft, listed, found)
    return listed


def test_an_editor_creates_a_draft_guide_and_publishes_it(client, topic, editor_token):
    response = write(client, "post", "/api/v3/pages/", new_guide(topic), **bearer(editor_token))
    assert response.status_code == 201, response.content[:500]
    page_id = response.json()["id"]
    guide = GuidePage.objects.get(pk=page_id)
    assert not guide.live and guide.get_parent().id == topic.id and guide.topic_id == topic.id
    assert guide.owner.username == "redacteur"
    assert not visible_to_anonymous(client, page_id)
    draft = client.get(f"/api/v3/pages/{page_id}/", {"version": "draft"}, **bearer(editor_token))
    assert draft.json()["summary"] == "Hoe een zonnebloemactie nieuwe leden oplevert."

    url = f"/api/v3/pages/{page_id}/actions/publish/"
    published = write(client, "post", url, {}, **bearer(editor_token))
    assert published.status_code == 200, published.content[:500]
    assert visible_to_anonymous(client, page_id)
    data = client.get(f"/api/v2/pages/{page_id}/").json()
    assert data["title"] == "Zonnebloemactie voor nieuwe leden"
    assert data["topic"]["slug"] == topic.slug
    assert "zonnebloemzaad" in data["body"][0]["value"]
    assert client.get("/gidsen/ledenwerving/zonnebloemactie/").status_code == 200


def test_invalid_writes_are_4xx_json_not_500(client, topic, editor_token, demo_guide):
    index = topic.get_parent()
    bad = [
        ({**new_guide(topic), "meta": {"type": "guides.GuidePage", "parent_id": 999999}}, 404),
        ({**new_guide(topic), "meta": {"type": "guides.Onbekend", "parent_id": topic.id}}, 422),
        ({**new_guide(topic), "slug": demo_guide.slug}, 422),
        ({**new_guide(topic), "body": [{"type": "onbekend", "value": 1}]}, 422),
        ({**new_guide(topic), "summary": "x" * 401}, 422),
        ({**new_guide(topic), "meta": {"type": "guides.GuidePage", "parent_id": index.id}}, 403),
    ]
    for data, status in bad:
        response = write(client, "post", "/api/v3/pages/", data, **bearer(editor_token))
        assert_problem(response, status)
    broken = client.post(
        "/api/v3/pages/", "{kapot", content_type="application/json", **bearer(editor_token)
    )
    assert_problem(broken, 400)
    assert not GuidePage.objects.filter(title="Zonnebloemactie voor nieuwe leden").exists()


def allowed(response, header):
    return {value.strip().lower() for value in response.get(header, "").split(",") if value}


@pytest.mark.parametrize("method", ["POST", "PATCH", "PUT", "DELETE"])
def test_cors_preflight_from_the_app_allows_only_anonymous_reads(client, method):
    response = client.options(
        "/api/v3/pages/",
        HTTP_ORIGIN=APP_ORIGIN,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD=method,
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization, content-type",
    )
    assert response["Access-Control-Allow-Origin"] == APP_ORIGIN
    assert allowed(response, "Access-Control-Allow-Methods") == {"get", "head", "options"}
    assert "authorization" not in allowed(response, "Access-Control-Allow-Headers")
    assert "Access-Control-Allow-Credentials" not in response


def test_cors_lets_the_app_read_and_no_other_origin(client, demo_guide):
    read = client.get(f"/api/v3/pages/{demo_guide.id}/", HTTP_ORIGIN=APP_ORIGIN)
    assert read.status_code == 200 and read["Access-Control-Allow-Origin"] == APP_ORIGIN
    other = client.get(f"/api/v3/pages/{demo_guide.id}/", HTTP_ORIGIN="https://elders.example")
    assert "Access-Control-Allow-Origin" not in other


@pytest.fixture
def admin_editor(guide_editors):
    """An editor in Wagtail's standard Editors group, as the site's editors are."""
    return make_user("eva", Group.objects.get(name="Editors"), guide_editors)


def created_token(html):
    return re.search(r'id="api-token-value"\s+value="([^"]+)"', html).group(1)


def test_an_editor_creates_an_api_token_in_the_admin_and_writes_with_it(
    client, admin_editor, admin_user, topic
):
    client.force_login(admin_editor)
    assert client.get("/admin/api-tokens/").status_code == 200
    form = client.get("/admin/api-tokens/new/").content.decode()
    assert f'value="{admin_editor.pk}"' in form and f'value="{admin_user.pk}"' not in form
    response = client.post(
        "/admin/api-tokens/new/", {"name": "Importscript", "user": admin_editor.pk}
    )
    assert response.status_code == 200
    token = created_token(response.content.decode())
    assert APIToken.objects.get(user=admin_editor).name == "Importscript"
    client.logout()
    whoami = client.get("/api/v3/whoami/", **bearer(token))
    assert whoami.status_code == 200 and whoami.json()["user"]["username"] == "eva"
    created = write(client, "post", "/api/v3/pages/", new_guide(topic), **bearer(token))
    assert created.status_code == 201, created.content[:300]

    client.force_login(admin_editor)
    own = APIToken.objects.get(user=admin_editor)
    assert client.post(f"/admin/api-tokens/delete/{own.pk}/").status_code == 302
    client.logout()
    assert_problem(client.get("/api/v3/whoami/", **bearer(token)), 401)


def test_an_editor_cannot_make_a_token_for_someone_else(client, admin_editor, admin_user):
    client.force_login(admin_editor)
    response = client.post("/admin/api-tokens/new/", {"name": "Stiekem", "user": admin_user.pk})
    assert response.status_code == 200
    assert "api-token-value" not in response.content.decode()
    assert not APIToken.objects.exists()
