"""Wagtail's API v3 (/api/v3/) as the project mounts it: Wagtail's problem details, with a
bad query parameter a 400 naming the parameter (as on the project's own endpoints) instead of
a 422 with pydantic's internals; request-body problems stay Wagtail's 422. Its OpenAPI
document lists every error response, and StreamField bodies as typed blocks
(api/streamfield_schema.py, hooked in by api/apps.py before Wagtail builds the schemas)."""

from django.core.exceptions import ValidationError as DjangoValidationError
from ninja.errors import ValidationError as NinjaValidationError
from pydantic import ValidationError as PydanticValidationError
from wagtail.api.v3.urls import api

from . import ninja_problems, v3_combinations
from .input_guard import register_v3_error_handler
from .openapi_amendments import (
    amend,
    bound_pagination,
    long_request_lines_refused,
    ordering_choices,
    public_reads_need_no_authentication,
    unusable_snippet_paths_left_out,
)
from .problems import problem_response
from .v3_read_errors import is_read, read_error_response

__all__ = ["api"]

wagtail_validation_error = api._exception_handlers[NinjaValidationError]


def domain_validation_error(request, exc):
    """Wagtail's own checks inside a view (a page a filter names, ordering fields)."""
    if is_read(request):
        errors = exc.errors() if isinstance(exc, PydanticValidationError) else []
        return read_error_response(request, errors or [{"msg": m} for m in exc.messages])
    return wagtail_validation_error(request, exc)


def validation_error(request, exc):
    if is_read(request):
        return read_error_response(request, exc.errors)
    errors = ninja_problems.parameter_errors(exc.errors)
    if errors is None:
        return wagtail_validation_error(request, exc)
    return problem_response(request, 400, errors=errors)


# Parameters that name a page, site or language, which may not exist (then a 404).
REFERENCE_PARAMETERS = {
    "child_of",
    "descendant_of",
    "ancestor_of",
    "translation_of",
    "locale",
    "site",
}


def statuses(path, method, operation):
    """Reads: 400 and 404 as everywhere. Writes need a token: 401 without a valid one, 403
    without the permission, 422 for an invalid body."""
    found = ninja_problems.read_statuses(path, method, operation)
    names = {parameter.get("name") for parameter in operation.get("parameters", [])}
    if path.endswith("/find/") or names & REFERENCE_PARAMETERS:
        found.append(404)
    if method in ninja_problems.WRITE_METHODS or operation.get("security"):
        found += [401, 403]
    if "requestBody" in operation:
        found += [400, 422]
    return sorted(set(found))


api.add_exception_handler(NinjaValidationError, validation_error)
api.add_exception_handler(PydanticValidationError, domain_validation_error)
api.add_exception_handler(DjangoValidationError, domain_validation_error)
ninja_problems.with_documented_errors(api, statuses)
amend(
    api,
    bound_pagination,
    public_reads_need_no_authentication,
    ordering_choices,
    unusable_snippet_paths_left_out,
    long_request_lines_refused,
)
register_v3_error_handler(api)
v3_combinations.install()
