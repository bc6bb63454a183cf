"""A real SMTP server on loopback (aiosmtpd) that keeps what it receives, for mail tests."""

import email
import email.policy
import re
import socket
import time

import pytest
from aiosmtpd.controller import Controller
from django.db import connection


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        message.envelope_to = list(envelope.rcpt_tos)
        self.messages.append(message)
        return "250 OK"

    def wait_for(self, count=1, timeout=5):
        self.commit()
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        assert len(self.messages) >= count, f"{len(self.messages)} of {count} mails arrived"
        return self.messages[count - 1]

    def clear(self):
        self.messages.clear()

    def commit(self):
        """Run what would happen when the test's transaction commits: the mail platform queues
        a message only once its row is committed (mail/messages.py)."""
        while connection.run_on_commit:
            _savepoints, callback, _robust = connection.run_on_commit.pop(0)
            callback()


def body(message, subtype="plain"):
    return message.get_body(preferencelist=(subtype,)).get_content()


def first_link(message, path_fragment):
    """The first link in the plain-text body whose path contains `path_fragment`."""
    for url in re.findall(r"https?://\S+", body(message)):
        if path_fragment in url:
            return url.split("testserver", 1)[-1]
    raise AssertionError(f"no link with {path_fragment!r} in: {body(message)}")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def smtp_server():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield controller, inbox
    finally:
        controller.stop()


@pytest.fixture
def mailbox(smtp_server, settings):
    """Mail goes out over SMTP to the loopback server; returns its inbox, emptied."""
    controller, inbox = smtp_server
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = controller.hostname
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    inbox.clear()
    return inbox
