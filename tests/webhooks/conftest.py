"""A real HTTP server in a thread that plays both the front-end cache (PURGE requests) and the
decoupled app's webhook receiver. A test can stop it and start it again on the same port."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class Receiver:
    def __init__(self):
        self.requests = []
        self.failures_left = 0  # answer this many POSTs with a 500 first
        self.on_post = None  # called after each POST is answered
        self.httpd = None
        self.port = 0

    def purged(self):
        return {request["path"] for request in self.requests if request["method"] == "PURGE"}

    def posts(self):
        return [request for request in self.requests if request["method"] == "POST"]

    def start(self):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", self.port), make_handler(self))
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.port}"

    def stop(self):
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()
            self.httpd = None


def make_handler(receiver):
    class Handler(BaseHTTPRequestHandler):
        def record(self):
            length = int(self.headers.get("Content-Length") or 0)
            receiver.requests.append(
                {
                    "method": self.command,
                    "path": self.path,
                    "host": self.headers.get("Host"),
                    "headers": dict(self.headers),
                    "body": self.rfile.read(length) if length else b"",
                }
            )

        def do_PURGE(self):  # noqa: N802
            self.record()
            self.send_response(200)
            self.end_headers()

        def do_POST(self):  # noqa: N802
            self.record()
            failing = receiver.failures_left > 0
            receiver.failures_left -= 1 if failing else 0
            self.send_response(500 if failing else 204)
            self.end_headers()
            if receiver.on_post is not None:
                receiver.on_post()

        def log_message(self, *args):
            pass

    return Handler


@pytest.fixture
def receiver(settings):
    state = Receiver()
    base = state.start()
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": base,
        }
    }
    settings.DELIVERY_WEBHOOK_URL = f"{base}/hooks/kennispunt"
    settings.DELIVERY_WEBHOOK_SECRET = "test-geheim"
    state.base = base
    yield state
    state.stop()
