"""Every operation of the OpenAPI documents (API v3 and the search API), taken from the
documents themselves: a new endpoint is probed without a change here. No answer may be a 5xx."""

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Site

from .fuzz import fuzz_methods_and_headers, fuzz_parameters, fuzz_path
from .probe import Probe, path_with
from .values import BODIES

pytestmark = pytest.mark.django_db

DOCUMENTS = ["/api/v3/openapi.json", "/api/search/openapi.json"]


def real_path_values(demo_guide):
    """A value that exists for each path parameter, by name; others get 1."""
    revision = demo_guide.latest_revision
    return {
        "page_id": str(demo_guide.id),
        "image_id": str(get_image_model().objects.order_by("id").first().id),
        "document_id": str(get_document_model().objects.order_by("id").first().id),
        "redirect_id": str(Redirect.objects.order_by("id").first().id),
        "site_id": str(Site.objects.get(is_default_site=True).id),
        "revision_id": str(revision.id if revision else 1),
        "type_name": "guides.GuidePage",
    }


def schema_kind(schema):
    options = schema.get("anyOf", [schema])
    return "integer" if any(option.get("type") == "integer" for option in options) else "string"


def generatable(schema):
    """False for a path parameter no value can satisfy (Wagtail's snippets with no snippet
    exposed: an empty `type` enum)."""
    return schema.get("const") != "" and schema.get("enum") != []


def operations(document):
    for template, methods in document["paths"].items():
        for method, operation in methods.items():
            yield template, method.upper(), operation.get("parameters", [])


@pytest.mark.parametrize("url", DOCUMENTS)
def test_no_operation_answers_hostile_input_with_a_server_error(client, demo_guide, url):
    document = client.get(url).json()
    known = real_path_values(demo_guide)
    with Probe(client) as probe:
        by_path = {}
        for template, method, parameters in operations(document):
            path_parameters = {p["name"]: p for p in parameters if p["in"] == "path"}
            if not all(generatable(p["schema"]) for p in path_parameters.values()):
                continue
            real = {name: known.get(name, "1") for name in path_parameters}
            path = path_with(template, real)
            by_path.setdefault(path, (template, real, set()))[2].add(method)
            if method == "GET":
                query = {
                    p["name"]: schema_kind(p["schema"]) for p in parameters if p["in"] == "query"
                }
                base = {"limit": "1"} if "limit" in query else {}
                fuzz_parameters(probe, path, query, base)
            else:
                for content_type, body in BODIES:
                    probe.send(method, path, body=body, content_type=content_type)
        for path, (template, real, methods) in by_path.items():
            fuzz_path(probe, template, real)
            fuzz_methods_and_headers(probe, path, methods)
    assert not probe.failures, probe.report()
    assert probe.sent > 100
