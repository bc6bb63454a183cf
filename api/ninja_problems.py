"""The project's problem details on a django-ninja API (the search API, and v3's parameter
problems), and the error responses in its OpenAPI document."""

from django.http import Http404
from ninja.errors import HttpError
from ninja.errors import ValidationError as NinjaValidationError

from search.service import SearchInputError

from .problems import (
    PROBLEM_JSON,
    ParameterProblem,
    Problem,
    problem_response,
    unknown_value,
)
from .validation import describe

PARAMETER_LOCATIONS = {"query", "path", "header", "cookie"}
WRITE_METHODS = {"post", "put", "patch", "delete"}


def parameter_errors(errors):
    """[(parameter, message)] of ninja's errors about parameters; None if any is not."""
    found = []
    for error in errors:
        loc = list(error.get("loc") or ())
        if not loc or loc[0] not in PARAMETER_LOCATIONS:
            return None
        # The parameter's own name, not the schema object it is grouped in ("filters").
        names = [part for part in loc[1:] if isinstance(part, str)]
        name = names[-1] if names else str(loc[0])
        found.append((name, describe(error)))
    return found


def install(api, body_errors=None):
    """Answer `api`'s errors as problem details. Parameter problems are a 400; other
    validation errors go to `body_errors` (v3 writes keep Wagtail's 422), or are a 400."""

    def validation_error(request, exc):
        errors = parameter_errors(exc.errors)
        if errors is None and body_errors is not None:
            return body_errors(request, exc)
        if errors is None:
            errors = [(str(error.get("loc", ["?"])[-1]), describe(error)) for error in exc.errors]
        return problem_response(request, 400, errors=errors)

    def parameter_problem(request, exc):
        return problem_response(request, 400, errors=exc.errors)

    def http_error(request, exc):
        cause = exc.__cause__
        if isinstance(cause, SearchInputError):
            value = request.GET.get(cause.field, "")
            return problem_response(
                request, 400, errors=[(cause.field, unknown_value(cause.field, value))]
            )
        return problem_response(request, exc.status_code, detail=str(exc))

    def not_found(request, exc):
        return problem_response(request, 404, detail=str(exc) if str(exc) else "")

    api.add_exception_handler(NinjaValidationError, validation_error)
    api.add_exception_handler(ParameterProblem, parameter_problem)
    api.add_exception_handler(HttpError, http_error)
    api.add_exception_handler(Http404, not_found)


def problem_schemas():
    schema = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas = schema.pop("$defs", {})
    schemas["Problem"] = schema
    return schemas


def problem_response_spec(description):
    return {
        "description": description,
        "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }


DESCRIPTIONS = {
    400: "Invalid parameters: `errors` names each one and what is wrong.",
    401: "Authentication required, or the token is not valid.",
    403: "The token's user may not do this.",
    404: "Not found.",
    422: "The request body is not valid: `errors` says where and why.",
}


def document_errors(schema, statuses):
    """Add to every operation of the OpenAPI `schema` the error statuses it can return
    (`statuses(path, method, operation)`), each with the problem schema."""
    schema.setdefault("components", {}).setdefault("schemas", {}).update(problem_schemas())
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            for status in statuses(path, method, operation):
                operation["responses"][str(status)] = problem_response_spec(DESCRIPTIONS[status])
    return schema


def read_statuses(path, method, operation):
    """A read operation: a 400 for bad parameters, a 404 where the path names an object."""
    statuses = [400] if operation.get("parameters") or "{" in path else []
    if "{" in path:
        statuses.append(404)
    return statuses


def with_documented_errors(api, statuses=read_statuses):
    """Make `api`'s OpenAPI document list the error responses of every operation."""
    original = api.get_openapi_schema

    def get_openapi_schema(*args, **kwargs):
        return document_errors(original(*args, **kwargs), statuses)

    api.get_openapi_schema = get_openapi_schema
    return api
