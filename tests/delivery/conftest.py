"""A real HTTP server in a thread that plays both the front-end cache (PURGE requests) and the
decoupled app's webhook receiver."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class Receiver:
    def __init__(self):
        self.requests = []
        self.failures_left = 0  # answer this many POSTs with a 500 first

    def purged(self):
        return {request["path"] for request in self.requests if request["method"] == "PURGE"}

    def posts(self):
        return [request for request in self.requests if request["method"] == "POST"]


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

        def log_message(self, *args):
            pass

    return Handler


@pytest.fixture
def receiver(settings):
    state = Receiver()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(state))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
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
    server.shutdown()
    server.server_close()
