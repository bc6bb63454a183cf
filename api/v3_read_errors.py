"""What API v3 answers when a read's parameters are wrong, as on the project's own endpoints: a
400 naming each parameter and what is wrong with it, in the reader's language; a 404 when a
parameter names a page that does not exist or is not public (`child_of`, `ancestor_of`,
`descendant_of`, `translation_of`).

Wagtail's v3 answers these with pydantic's 422, and several of its checks (`order` fields,
`random` with other fields) report no parameter at all (an empty `loc`); a read has no body,
so every validation error of a GET is about its parameters."""

import re

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .ninja_problems import PARAMETER_LOCATIONS
from .problems import problem_response
from .validation import describe

READ_METHODS = {"GET", "HEAD"}
# Wagtail's wording of its ordering checks (wagtail/api/validators.py), which carry no `loc`.
INVALID_FIELDS = re.compile(r"invalid fields for model \w+: \[(?P<fields>.*)\]")
RANDOM_COMBINED = "random ordering cannot be combined"


def is_read(request):
    return request.method in READ_METHODS


def read_error_response(request, errors):
    """The problem response for pydantic `errors` of a read."""
    missing = [error for error in errors if error.get("type") == "does_not_exist"]
    if missing:
        found = [(parameter_name(error), not_found(request, error)) for error in missing]
        return problem_response(request, 404, detail=found[0][1], errors=found)
    found = [(parameter_name(error), message(error)) for error in errors]
    return problem_response(request, 400, errors=found)


def parameter_name(error):
    names = [
        part for part in error.get("loc") or () if isinstance(part, str)
        and part not in PARAMETER_LOCATIONS and part != "filters"
    ]  # fmt: skip
    if names:
        return names[-1]
    text = error.get("msg", "")
    if INVALID_FIELDS.search(text) or RANDOM_COMBINED in text:
        return "order"
    return "parameters"


def message(error):
    text = error.get("msg", "")
    invalid = INVALID_FIELDS.search(text)
    if invalid:
        return format_lazy(
            _("Op deze velden kan niet gesorteerd worden: {fields}."),
            fields=invalid.group("fields")[:100],
        )
    if RANDOM_COMBINED in text:
        return _("random kan niet met andere velden samen.")
    return describe(error)


def not_found(request, error):
    name = parameter_name(error)
    return format_lazy(
        _("Er is geen openbare pagina met id {value}."), value=request.GET.get(name, "")[:20]
    )
