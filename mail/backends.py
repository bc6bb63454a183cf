"""Development mail: each message as an .eml file in EMAIL_FILE_PATH (var/mail/), listed at
/admin/mail/ and readable by any mail client."""

import threading
from pathlib import Path

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone

_counter_lock = threading.Lock()
_counter = 0


def folder():
    return Path(settings.EMAIL_FILE_PATH)


class EmlFileBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        global _counter
        target = folder()
        target.mkdir(parents=True, exist_ok=True)
        for message in email_messages:
            with _counter_lock:
                _counter += 1
                number = _counter
            stamp = timezone.now().strftime("%Y%m%d-%H%M%S-%f")
            path = target / f"{stamp}-{number:04d}.eml"
            path.write_bytes(message.message().as_bytes(linesep="\r\n"))
        return len(email_messages)
