"""The whole stack (scripts/stack) while its own PostgreSQL and Redis servers fail under
readers (tests/stack_services.py; never the shared servers).

PostgreSQL stopped for a few seconds and started again: every answer is a 200 (the response
cache still serves what it holds) or the 503 page or problem with Retry-After, never another
status or a dropped connection, and once it is back every reader gets 200s again within
RECOVERY seconds, from the same gunicorn. Redis stopped: everything is served uncached, the
API's rate limit lets requests through and page passwords cannot be tried (503), as
ratelimits/ documents; Redis started again, a repeated request is a cache hit again.
The load run (test_load_while_publishing.py) runs after these, on the recovered stack.
"""

import itertools
import json
import os
import threading
import time
from pathlib import Path

import pytest
import requests

from tests.demo_server import STACK_VARIABLE, RunningStack
from tests.stack_services import (
    start_postgres_again,
    start_redis_again,
    stop_postgres,
    stop_redis,
)

pytestmark = pytest.mark.stack

READERS = 4
OUTAGE = 4  # seconds the server stays down
RECOVERY = 10  # seconds within which every reader is served again
# Cached answers (hits survive a database outage) and, with a new query each time, misses.
CACHED = ["/", "/en/", "/zoeken/?q=leden", "/api/v2/pages/?limit=5", "/api/v3/pages/?limit=5"]
UNCACHED = ["/?r={n}", "/en/?r={n}", "/api/search/?q=kandidaat{n}"]
UNCACHED += ["/api/v2/pages/?limit=5&offset={n}"]
PAGE_PASSWORD = "/_util/authenticate_with_password/1/2/"


@pytest.fixture(scope="module")
def stack():
    state = json.loads(Path(os.environ[STACK_VARIABLE]).read_text())
    if "servers" not in state:
        pytest.fail("the fault tests need the stack's own servers (not STACK_SERVERS=shared)")
    running = RunningStack(os.environ[STACK_VARIABLE])
    running.servers, running.web_pid = state["servers"], state["pids"]["web"]
    return running


class Readers:
    """Threads reading CACHED and UNCACHED addresses in turn; each answer is logged as
    (started, path, status, what the answer is) and each dropped request as a failure."""

    def __init__(self, stack):
        self.stack, self.log, self.failures = stack, [], []
        self.counter = itertools.count()
        self.stopping = threading.Event()
        self.lock = threading.Lock()

    def read(self, index):
        session = requests.Session()
        for step in itertools.count(index):
            if self.stopping.is_set():
                return
            urls = UNCACHED if step % 2 else CACHED
            path = urls[step // 2 % len(urls)].format(n=next(self.counter) % 50 + 1)
            started = time.monotonic()
            try:
                response = session.get(self.stack.base_url + path, timeout=30)
            except requests.RequestException as error:
                with self.lock:
                    self.failures.append((path, repr(error)))
                continue
            with self.lock:
                self.log.append((started, path, response.status_code, kind(response)))

    def __enter__(self):
        self.threads = [threading.Thread(target=self.read, args=(i,)) for i in range(READERS)]
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=60)

    def since(self, moment):
        with self.lock:
            return [entry for entry in self.log if entry[0] >= moment]


def kind(response):
    """What an answer is: 'ok', 'page' or 'problem' (the 503s) or a description."""
    if response.status_code == 200:
        return "ok"
    content_type = response.headers.get("Content-Type", "")
    if response.status_code != 503 or "Retry-After" not in response.headers:
        return f"{response.status_code} {content_type} {response.text[:80]!r}"
    if content_type == "application/problem+json" and response.json()["status"] == 503:
        return "problem"
    titles = ("Even niet beschikbaar", "Temporarily unavailable")  # /en/ is English
    if content_type.startswith("text/html") and any(title in response.text for title in titles):
        return "page"
    return f"503 {content_type} {response.text[:80]!r}"


def recovered_after(readers, back, timeout):
    """Seconds from `back` to the first moment after which every answer was a 200."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        time.sleep(1)
        log = readers.since(back)
        last_error = max((started for started, _, status, _ in log if status != 200), default=back)
        if time.monotonic() - last_error >= 3 and len(readers.since(last_error + 0.001)) >= 10:
            return last_error - back
    return None


def gunicorn_alive(pid):
    try:
        os.killpg(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_a_database_restart_gives_503s_and_the_site_recovers_by_itself(stack, capsys):
    postgres = stack.servers["postgres"]
    for path in CACHED:  # cached before the outage: hits are served during it
        requests.get(stack.base_url + path, timeout=30)
    with Readers(stack) as readers:
        time.sleep(2)
        stopped = time.monotonic()
        stop_postgres(postgres)
        time.sleep(OUTAGE)
        readyz = requests.get(stack.base_url + "/readyz", timeout=30)
        start_postgres_again(postgres)
        back = time.monotonic()
        recovery = recovered_after(readers, back, RECOVERY + 5)
    log = readers.log
    during = [entry for entry in log if entry[0] >= stopped]
    unavailable = [entry for entry in during if entry[2] == 503]
    with capsys.disabled():
        print(
            f"\nfault, PostgreSQL restarted: {len(during)} requests from the stop, "
            f"{len(unavailable)} 503s ({sum(k == 'problem' for *_, k in unavailable)} problems), "
            f"{len(readers.failures)} failed requests, {OUTAGE} s down, "
            f"recovered {recovery if recovery is None else round(recovery, 1)} s after the start"
        )
    assert not readers.failures, readers.failures[:5]
    wrong = [(path, what) for _, path, _, what in log if what not in {"ok", "page", "problem"}]
    assert not wrong, wrong[:5]
    assert len(unavailable) >= READERS, "the readers hardly saw the outage"
    assert readyz.status_code == 503
    assert readyz.json()["checks"]["database"] == "failing"
    assert recovery is not None and recovery <= RECOVERY, recovery
    assert gunicorn_alive(stack.web_pid)
    assert requests.get(stack.base_url + "/readyz", timeout=30).status_code == 200


def cached_again(stack, path, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if requests.get(stack.base_url + path, timeout=30).headers["X-Cache"] == "hit":
            return True
        time.sleep(0.5)
    return False


def page_password_answer(stack):
    return requests.post(stack.base_url + PAGE_PASSWORD, {"password": "gok"}, timeout=30)


def test_without_redis_the_site_serves_uncached_and_caches_again_when_it_is_back(stack, capsys):
    redis = stack.servers["redis"]
    requests.get(stack.base_url + "/", timeout=30)
    assert requests.get(stack.base_url + "/", timeout=30).headers["X-Cache"] == "hit"
    assert page_password_answer(stack).status_code != 503  # counted, then refused by CSRF
    stopped = time.monotonic()
    try:
        stop_redis(redis)
        with Readers(stack) as readers:
            time.sleep(OUTAGE)
            readyz = requests.get(stack.base_url + "/readyz", timeout=30)
            page_password = page_password_answer(stack)
            api = [requests.get(stack.base_url + "/api/v2/pages/", timeout=30) for _ in range(3)]
        elapsed = time.monotonic() - stopped
    finally:
        start_redis_again(redis)
    log = readers.log
    with capsys.disabled():
        print(
            f"\nfault, Redis stopped: {len(log)} requests in {elapsed:.0f} s, "
            f"{sum(status != 200 for _, _, status, _ in log)} not 200, "
            f"{len(readers.failures)} failed requests"
        )
    assert not readers.failures, readers.failures[:5]
    not_ok = [(path, what) for _, path, _, what in log if what != "ok"]
    assert not not_ok, not_ok[:5]
    # The API's limit fails open, page passwords fail closed; /readyz reports the cache.
    assert [response.status_code for response in api] == [200] * 3
    assert {response.headers["X-Cache"] for response in api} == {"miss"}
    assert page_password.status_code == 503 and "Retry-After" in page_password.headers
    assert readyz.status_code == 503
    assert readyz.json()["checks"]["cache"] == "failing"
    # Back (empty): a miss, stored, and a hit again once no change is settling (the worker
    # and the scheduler may have just bumped the generation).
    assert requests.get(stack.base_url + "/", timeout=30).headers["X-Cache"] == "miss"
    assert cached_again(stack, "/", timeout=15)
    assert requests.get(stack.base_url + "/readyz", timeout=30).status_code == 200
