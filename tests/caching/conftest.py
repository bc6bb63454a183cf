"""Every test of the caching app reads through the front of the response cache
(caching/front.py), as the site does under gunicorn: a hit the front can answer never reaches
Django's request cycle, every other request goes on to Django as before."""

import pytest
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse
from django.test import Client

from caching.front import ResponseCacheFront


class FrontThenDjango:
    """The test client's handler behind the front: a front hit becomes the client's response
    (with the request it answered and `answered_in_front`), as Django's test handler does."""

    def __init__(self, django_handler):
        self.django_handler = django_handler
        self.front = ResponseCacheFront(application=None)

    def __call__(self, environ):
        answer = self.front.answer(environ)
        if answer is None:
            return self.django_handler(environ)
        headers, body = answer
        response = HttpResponse(b"" if environ["REQUEST_METHOD"] == "HEAD" else body)
        for name, value in headers:
            response.headers[name] = value
        response.answered_in_front = True
        response.wsgi_request = WSGIRequest(environ)  # what the front saw of the request
        return response


class FrontClient(Client):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.handler = FrontThenDjango(self.handler)


@pytest.fixture
def client():
    return FrontClient()
