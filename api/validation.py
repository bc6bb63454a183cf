"""What is wrong with a parameter, in words a reader understands (in the request's
language), from pydantic's error type, instead of pydantic's own English and internals."""

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

MESSAGES = {
    "missing": _("Deze parameter is verplicht."),
    "int_parsing": _("Geef een geheel getal."),
    "int_type": _("Geef een geheel getal."),
    "int_from_float": _("Geef een geheel getal."),
    "float_parsing": _("Geef een getal."),
    "float_type": _("Geef een getal."),
    "bool_parsing": _("Geef true of false."),
    "bool_type": _("Geef true of false."),
    "string_type": _("Geef een tekst."),
    "date_parsing": _("Geef een datum als JJJJ-MM-DD."),
    "datetime_parsing": _("Geef een datum en tijd volgens ISO 8601."),
}
WITH_CONTEXT = {
    "greater_than_equal": (_("Geef een waarde van minstens {ge}."), "ge"),
    "greater_than": (_("Geef een waarde groter dan {gt}."), "gt"),
    "less_than_equal": (_("Geef een waarde van hoogstens {le}."), "le"),
    "less_than": (_("Geef een waarde kleiner dan {lt}."), "lt"),
    "string_too_long": (_("Gebruik hoogstens {max_length} tekens."), "max_length"),
    "string_too_short": (_("Gebruik minstens {min_length} tekens."), "min_length"),
    "literal_error": (_("Kies uit: {expected}."), "expected"),
    "enum": (_("Kies uit: {expected}."), "expected"),
}
INVALID = _("Deze waarde is ongeldig.")


def describe(error):
    """A lazy, translatable message for one of pydantic's (or ninja's) error dicts."""
    kind = error.get("type", "")
    if kind in MESSAGES:
        return MESSAGES[kind]
    if kind in WITH_CONTEXT:
        template, key = WITH_CONTEXT[kind]
        context = error.get("ctx") or {}
        if key in context:
            return format_lazy(template, **{key: context[key]})
    return INVALID
