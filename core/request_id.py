"""A request id on every log line of a request (and in the X-Request-ID response header).

nginx sends its $request_id; without one (a direct request) a fresh id is made, so the lines of
one request can be found together in the JSON logs.
"""

import contextvars
import logging
import re
import uuid

current_request_id = contextvars.ContextVar("request_id", default="-")
ACCEPTED = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


def request_id_of(meta):
    """The id nginx offered (X-Request-ID), or a new one."""
    offered = meta.get("HTTP_X_REQUEST_ID", "")
    return offered if ACCEPTED.match(offered) else uuid.uuid4().hex


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = request_id_of(request.META)
        token = current_request_id.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            current_request_id.reset(token)
        response.headers["X-Request-ID"] = request_id
        return response


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.request_id = current_request_id.get()
        return True
