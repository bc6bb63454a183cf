"""What the OpenAPI documents must say for them to tell the truth (schemathesis `--checks all`
holds them to it, tests/contract/test_schemathesis.py):

- `limit` and `offset` have the maxima api/input_guard.py enforces;
- the search API's choices (`locale`, `type`, `topic`) are listed;
- a public read needs no authentication: Wagtail marks it with an `AllowAnonymous` security
  scheme that is no valid scheme (an `http` scheme without `scheme`); it becomes an empty
  requirement (none) next to the bearer token, which a public read also accepts.
"""

from core.i18n import language_codes
from guides.models import TopicPage
from search.registry import types_by_key

from .input_guard import max_limit, max_offset

ANONYMOUS = "AllowAnonymous"


def bound_pagination(schema):
    maxima = {"limit": max_limit(), "offset": max_offset()}
    for operation in operations(schema):
        for parameter in operation.get("parameters", []):
            if parameter.get("in") == "query" and parameter.get("name") in maxima:
                parameter["schema"]["maximum"] = maxima[parameter["name"]]
    return schema


def public_reads_need_no_authentication(schema):
    for operation in operations(schema):
        security = operation.get("security")
        if security and any(ANONYMOUS in requirement for requirement in security):
            others = [r for r in security if ANONYMOUS not in r]
            operation["security"] = [{}, *others]
    schema.get("components", {}).get("securitySchemes", {}).pop(ANONYMOUS, None)
    return schema


def operations(schema):
    for methods in schema.get("paths", {}).values():
        for operation in methods.values():
            if isinstance(operation, dict):
                yield operation


def amend(api, *amendments):
    """Apply `amendments` (each schema -> schema) to every OpenAPI document `api` builds."""
    original = api.get_openapi_schema

    def get_openapi_schema(*args, **kwargs):
        schema = original(*args, **kwargs)
        for amendment in amendments:
            schema = amendment(schema)
        return schema

    api.get_openapi_schema = get_openapi_schema
    return api


def search_parameter_choices(schema):
    """The search API's `locale`, `type` and `topic` take only the values the service knows
    (another is a 400): the document names them, so a generated request is one the API
    answers. (`page` takes any whole number: the service brings it within its pages.)"""
    topics = TopicPage.objects.live().public().values_list("slug", flat=True).distinct()
    choices = {
        "locale": language_codes(),
        "type": ["", *sorted(types_by_key())],
        "topic": ["", *sorted(set(topics))],
    }
    for operation in operations(schema):
        for parameter in operation.get("parameters", []):
            name = parameter.get("name")
            if name in choices:
                parameter["schema"]["enum"] = choices[name]
    return schema
