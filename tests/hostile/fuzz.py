"""Hostile values for each parameter of an operation, one parameter at a time (the others at
their defaults, so each value reaches the code that reads it), then repeated and array forms,
bytes that are not UTF-8, odd methods and headers."""

from .probe import encode, path_with, quoted
from .values import HEADERS, INTEGERS, METHODS, PATH_VALUES, RAW_VALUES, STRINGS

UNKNOWN_PARAMETER = "zz_onbekend"


def values_for(kind):
    if kind == "integer":
        return INTEGERS + ["abc", "\x00", '"*:*']
    return STRINGS + ["9223372036854775808"]


def fuzz_parameters(probe, path, parameters, base=None):
    """`parameters`: {name: "integer" | "string"}; `base`: sent with every request (a small
    limit keeps listings cheap) unless the parameter itself is fuzzed."""
    base = dict(base or {})
    for name, kind in {**parameters, UNKNOWN_PARAMETER: "string"}.items():
        others = {key: value for key, value in base.items() if key != name}
        for value in values_for(kind):
            probe.get(path, {**others, name: value})
        probe.get(path, {**others, name: ["1", '"*:*', "\x00"]})
        probe.get(path, {**others, f"{name}[]": ["1", "2"], f"{name}[0][a]": "b"})
        probe.get(path, {**others, name: "1,2,-3,abc"})
        for raw in RAW_VALUES:
            probe.send("GET", path, "&".join(filter(None, [encode(others), f"{name}={raw}"])))


def fuzz_path(probe, template, real_values):
    """Each path parameter replaced by hostile segments, the others by real values."""
    for name in real_values:
        for value in PATH_VALUES:
            probe.get(path_with(template, {**real_values, name: quoted(value)}))


def fuzz_methods_and_headers(probe, path, documented_methods=("GET",)):
    for method in METHODS:
        if method not in documented_methods:
            probe.send(method, path)
    for headers in HEADERS:
        probe.send("GET", path, **headers)
