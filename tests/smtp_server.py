"""A real SMTP server on loopback (aiosmtpd) for tests that send mail.

    server = SmtpServer().start()      # or the `smtp_server` fixture (tests/conftest.py)
    ... send mail to 127.0.0.1:server.port ...
    [message] = server.messages        # email.message.EmailMessage, parsed
    server.refuse = True               # answer every message with a temporary refusal (451)
    server.stop(); server.start()      # down, and up again on the same port
    server.hold()                      # keep the next DATA waiting (a sender stuck mid-send)

Only messages the server accepted (250) are in `messages`; envelopes are in `envelopes`."""

import asyncio
import socket
import threading
from email import policy
from email.parser import BytesParser

from aiosmtpd.controller import Controller


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Handler:
    def __init__(self, server):
        self.server = server

    async def handle_DATA(self, smtp, session, envelope):  # noqa: N802 - aiosmtpd's name
        server = self.server
        if server.holding is not None:
            server.held.set()
            released = server.holding
            await asyncio.get_running_loop().run_in_executor(None, released.wait, 60)
            return "451 4.3.0 Held and let go"
        if server.refuse:
            server.refused += 1
            return "451 4.7.1 Try again later"
        message = BytesParser(policy=policy.default).parsebytes(envelope.original_content)
        server.messages.append(message)
        server.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 OK"


class SmtpServer:
    def __init__(self):
        self.port = free_port()
        self.messages = []
        self.envelopes = []
        self.refuse = False
        self.refused = 0
        self.holding = None
        self.held = threading.Event()
        self.controller = None

    def start(self):
        self.controller = Controller(Handler(self), hostname="127.0.0.1", port=self.port)
        self.controller.start()
        return self

    def stop(self):
        if self.holding is not None:
            self.holding.set()
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def hold(self):
        """The next message's DATA waits (until `release`); `held` is set when it arrives."""
        self.held.clear()
        self.holding = threading.Event()

    def release(self):
        if self.holding is not None:
            self.holding.set()
            self.holding = None

    def settings(self):
        """Django settings that send to this server."""
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": self.port,
            "EMAIL_HOST_USER": "",
            "EMAIL_HOST_PASSWORD": "",
            "EMAIL_USE_TLS": False,
            "EMAIL_USE_SSL": False,
            "EMAIL_TIMEOUT": 5,
        }
