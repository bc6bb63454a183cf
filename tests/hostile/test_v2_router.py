"""Every endpoint registered on the API v2 router (listing, detail, find) with every query
parameter it knows and the fields it filters on, and the site-wide endpoints next to it: taken
from the router and the URL list, so a new endpoint is probed without a change here."""

import pytest

from api.router import api_router
from api.urls import site_urls

from .fuzz import fuzz_methods_and_headers, fuzz_parameters, fuzz_path
from .probe import Probe

pytestmark = pytest.mark.django_db

INTEGER_PARAMETERS = {"limit", "offset", "id", "child_of", "descendant_of", "ancestor_of"}


def kinds(names):
    return {name: "integer" if name in INTEGER_PARAMETERS else "string" for name in names}


def listing_parameters(viewset):
    fields = viewset.get_available_fields(viewset.model, db_fields_only=True)
    return kinds(sorted(set(viewset.known_query_parameters) | set(fields)))


@pytest.mark.parametrize("name", list(api_router._endpoints))
def test_router_endpoints_never_answer_hostile_input_with_a_server_error(client, name):
    viewset = api_router._endpoints[name]
    listing = f"/api/v2/{name}/"
    instance = viewset.model.objects.order_by("id").first()
    with Probe(client) as probe:
        fuzz_parameters(probe, listing, listing_parameters(viewset), {"limit": "1"})
        fuzz_parameters(probe, f"{listing}find/", kinds(viewset.find_query_parameters))
        if instance is not None:
            detail = f"{listing}{instance.id}/"
            fuzz_parameters(probe, detail, kinds(["fields", "rich_text_format"]))
            fuzz_methods_and_headers(probe, detail)
        fuzz_path(probe, listing + "{id}/", {"id": str(getattr(instance, "id", 1))})
        fuzz_methods_and_headers(probe, listing)
    assert not probe.failures, probe.report()


@pytest.mark.parametrize("route", [str(pattern.pattern) for pattern in site_urls])
def test_site_endpoints_never_answer_hostile_input_with_a_server_error(client, route):
    path = f"/api/v2/{route}"
    with Probe(client) as probe:
        fuzz_parameters(probe, path, kinds(["locale", "topic", "limit", "offset"]))
        fuzz_methods_and_headers(probe, path)
    assert not probe.failures, probe.report()
