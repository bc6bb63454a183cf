"""Wagtail's API v3 (/api/v3/) as the project mounts it: Wagtail's problem details, with a
bad query parameter a 400 naming the parameter (as on the project's own endpoints) instead of
a 422 with pydantic's internals; request-body problems stay Wagtail's 422. Its OpenAPI
document lists every error response, and StreamField bodies as typed blocks
(api/streamfield_schema.py, hooked in by api/apps.py before Wagtail builds the schemas)."""

from ninja.errors import ValidationError as NinjaValidationError
from wagtail.api.v3.urls import api

from . import ninja_problems
from .input_guard import register_v3_error_handler
from .openapi_amendments import amend, bound_pagination, public_reads_need_no_authentication
from .problems import problem_response

__all__ = ["api"]

wagtail_validation_error = api._exception_handlers[NinjaValidationError]


def validation_error(request, exc):
    errors = ninja_problems.parameter_errors(exc.errors)
    if errors is None:
        return wagtail_validation_error(request, exc)
    return problem_response(request, 400, errors=errors)


def statuses(path, method, operation):
    """Reads: 400 and 404 as everywhere. Writes need a token: 401 without a valid one, 403
    without the permission, 422 for an invalid body."""
    found = ninja_problems.read_statuses(path, method, operation)
    if method in ninja_problems.WRITE_METHODS or operation.get("security"):
        found += [401, 403]
    if "requestBody" in operation:
        found += [400, 422]
    return sorted(set(found))


api.add_exception_handler(NinjaValidationError, validation_error)
ninja_problems.with_documented_errors(api, statuses)
amend(api, bound_pagination, public_reads_need_no_authentication)
register_v3_error_handler(api)
