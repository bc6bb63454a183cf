"""Sends hostile requests through the whole stack (middleware, views, the configured database
and search backend) and keeps every answer of 500 or more, with the exception behind it."""

import sys
import time
from urllib.parse import quote, urlencode

from django.core.signals import got_request_exception

TOTALS = {"requests": 0, "seconds": 0.0}


def encode(params):
    """A query string; a list value repeats the parameter."""
    return urlencode(params, doseq=True, quote_via=quote)


class Probe:
    def __init__(self, client):
        self.client = client
        self.client.raise_request_exception = False
        self.failures = []
        self.sent = 0
        self._exception = None

    def __enter__(self):
        got_request_exception.connect(self._remember_exception)
        self._started = time.monotonic()
        return self

    def __exit__(self, *exc):
        got_request_exception.disconnect(self._remember_exception)
        TOTALS["requests"] += self.sent
        TOTALS["seconds"] += time.monotonic() - self._started

    def _remember_exception(self, sender, **kwargs):
        self._exception = sys.exc_info()[1]

    def send(self, method, path, query="", body=b"", content_type="application/octet-stream",
             **headers):  # fmt: skip
        self._exception = None
        self.sent += 1
        response = self.client.generic(
            method, path, body, content_type, QUERY_STRING=query, **headers
        )
        if response.status_code >= 500:
            self.failures.append(
                f"{response.status_code} {method} {path[:120]}?{query[:120]} "
                f"{sorted(headers)} {self._exception!r}"[:600]
            )
        return response

    def get(self, path, params=None, **headers):
        return self.send("GET", path, encode(params or {}), **headers)

    def report(self):
        return f"{len(self.failures)} server errors in {self.sent} requests:\n" + "\n".join(
            self.failures[:40]
        )


def path_with(template, values):
    """`template` (/api/v3/pages/{page_id}/) with each {name} replaced (already quoted)."""
    for name, value in values.items():
        template = template.replace("{" + name + "}", value)
    return template


def quoted(value):
    return value if "%" in value else quote(value, safe="")
