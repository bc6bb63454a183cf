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


def ordering_models():
    """The model and base fields each v3 list orders by (as its router passes them)."""
    from wagtail.api.v3.schemas.pages import BASE_PAGE_READ_FIELDS
    from wagtail.contrib.redirects.api.v3.router import BASE_REDIRECT_READ_FIELDS
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.documents import get_document_model
    from wagtail.documents.api.v3.router import BASE_DOCUMENT_READ_FIELDS
    from wagtail.images import get_image_model
    from wagtail.images.api.v3.router import BASE_IMAGE_READ_FIELDS
    from wagtail.models import Page

    return {
        "/api/v3/pages/": (Page, BASE_PAGE_READ_FIELDS),
        "/api/v3/images/": (get_image_model(), BASE_IMAGE_READ_FIELDS),
        "/api/v3/documents/": (get_document_model(), BASE_DOCUMENT_READ_FIELDS),
        "/api/v3/redirects/": (Redirect, BASE_REDIRECT_READ_FIELDS),
    }


def ordering_choices(schema):
    """`order` takes `random` or the fields of the list's model (`-` for descending); with a
    single page `type`, that type's own fields too, which the document cannot list."""
    from wagtail.api.validators import OrderingValidator

    for path, (model, base_fields) in ordering_models().items():
        operation = schema.get("paths", {}).get(path, {}).get("get", {})
        for parameter in operation.get("parameters", []):
            if parameter.get("name") != "order":
                continue
            allowed = OrderingValidator(
                model=model, fields=[], base_fields=list(base_fields), db_fields_only=True
            ).allowed_fields
            fields = {"type": "string", "enum": sorted(allowed - {"random"})}
            parameter["schema"] = {
                "anyOf": [
                    {"const": "random", "type": "string"},
                    {"type": "array", "items": fields},
                ],
                "default": [],
                "title": "Order",
            }
            parameter["description"] = ORDER_DESCRIPTION
    return schema


ORDER_DESCRIPTION = (
    "Sort by one or more fields (repeat the parameter; `-field` for descending), or `random`: "
    "a new random selection on every request (with `search`, of the best matches; `offset` "
    "has no effect). With a single page `type`, that type's own fields may be used too."
)


def unusable_snippet_paths_left_out(schema):
    """Wagtail lists its snippet endpoints with an empty choice of `type` when no snippet
    model is exposed to API v3: no request can reach them, so the document leaves them out."""
    paths = schema.get("paths", {})
    for path in [path for path, methods in paths.items() if names_no_snippet_type(methods)]:
        del paths[path]
    return schema


def names_no_snippet_type(methods):
    for operation in methods.values():
        for parameter in operation.get("parameters", []) if isinstance(operation, dict) else []:
            if parameter.get("in") == "path" and parameter.get("name") == "type":
                choice = parameter.get("schema", {})
                return choice.get("const") == "" or choice.get("enum") == []
    return False


def long_request_lines_refused(schema):
    """The web server (gunicorn, nginx in front of it) answers a request line over its limit
    (gunicorn: 4,094 bytes) with 414 before the API sees it, in the server's own format."""
    for methods in schema.get("paths", {}).values():
        operation = methods.get("get")
        if isinstance(operation, dict) and operation.get("parameters"):
            operation["responses"]["414"] = {"description": REQUEST_LINE_TOO_LONG}
    return schema


REQUEST_LINE_TOO_LONG = "The request line (path and query string) is too long for the server."
