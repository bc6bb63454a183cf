"""Checks one URL the way a reader's browser would reach it: HEAD (GET where HEAD is refused),
following temporary redirects, reporting permanent ones as moved, with a timeout."""

import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urljoin

USER_AGENT = "KennispuntLinkCheck/1.0 (+https://kennispuntlokalepartijen.nl)"
PERMANENT = {301, 308}
TEMPORARY = {302, 303, 307}
MAX_REDIRECTS = 5


@dataclass
class Outcome:
    result: str
    status_code: int | None = None
    final_url: str = ""
    error: str = ""


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def _request(url, method, timeout):
    request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
    try:
        with _opener.open(request, timeout=timeout) as response:
            return response.status, response.headers.get("Location")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Location")


def _status(url, timeout):
    status, location = _request(url, "HEAD", timeout)
    if status in (403, 405, 501):  # some servers refuse HEAD but serve GET
        status, location = _request(url, "GET", timeout)
    return status, location


def check(url, timeout=10):
    moved_to = ""
    current = url
    try:
        for _hop in range(MAX_REDIRECTS + 1):
            status, location = _status(current, timeout)
            if status in PERMANENT | TEMPORARY and location:
                current = urljoin(current, location)
                if status in PERMANENT and not moved_to:
                    moved_to = current
                continue
            break
        else:
            return Outcome("error", status, current, "te veel doorverwijzingen")
    except TimeoutError:
        return Outcome("timeout", error=f"geen antwoord binnen {timeout} s")
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError | socket.timeout):
            return Outcome("timeout", error=f"geen antwoord binnen {timeout} s")
        return Outcome("error", error=str(error.reason)[:500])
    except (OSError, ValueError) as error:
        return Outcome("error", error=str(error)[:500])
    if status >= 400:
        return Outcome("broken", status, moved_to, "")
    if moved_to:
        return Outcome("moved", status, current, "")
    return Outcome("ok", status, "", "")
