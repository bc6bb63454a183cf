"""The whole production stack (scripts/stack) under a bounded load: readers on the home page,
topics, guides, search and the API while an editor unpublishes and publishes a guide again and
again. No server error, no failed request, and no reader gets the guide (page or API) once its
unpublishing has committed, through the response cache, the fragment cache and their purges."""

import os
import statistics
import subprocess
import sys
import threading
import time

import pytest
import requests

from tests.demo_server import PROJECT_DIR, STACK_VARIABLE, RunningStack

pytestmark = pytest.mark.stack

READERS = 6
CYCLES = 5
PAUSE = 2.5  # seconds between an editor's actions

EDITOR = r"""
import sys
import django
django.setup()
from guides.models import GuidePage
guide = GuidePage.objects.get(pk=int(sys.argv[1]))
print("ready", flush=True)
for line in sys.stdin:
    guide.refresh_from_db()
    if line.strip() == "unpublish":
        guide.unpublish()
    else:
        guide.get_latest_revision().publish()
    print("done", flush=True)
"""


@pytest.fixture(scope="module")
def stack():
    return RunningStack(os.environ[STACK_VARIABLE])


def get_json(stack, path):
    response = requests.get(stack.base_url + path, timeout=30)
    response.raise_for_status()
    return response.json()


def reader_urls(stack, watched):
    guides = get_json(stack, "/api/v2/pages/?type=guides.GuidePage&fields=_,id,html_url&limit=20")
    topics = get_json(stack, "/api/v2/pages/?type=guides.TopicPage&fields=_,id,html_url&limit=5")
    urls = ["/", "/en/", "/zoeken/?q=leden", "/api/search/?q=kandidaat", "/api/v2/topics/"]
    urls += ["/api/v2/pages/?type=guides.GuidePage&limit=10", "/api/v3/pages/?limit=10"]
    urls += [page["meta"]["html_url"] for page in topics["items"] + guides["items"][:8]]
    urls += [f"/api/v2/pages/{page['id']}/" for page in guides["items"][:8]]
    paths = [url.replace(stack.base_url, "") for url in urls]
    return [path for path in paths if path not in watched]


class Readers:
    def __init__(self, stack, urls, watched):
        self.stack, self.urls, self.watched = stack, urls, watched
        self.log, self.failures = [], []
        self.stopping = threading.Event()
        self.lock = threading.Lock()

    def read(self, index):
        session = requests.Session()
        step = index
        while not self.stopping.is_set():
            # Every other request is one of the watched guide's addresses.
            urls = self.watched if step % 2 else self.urls
            path = urls[step // 2 % len(urls)]
            step += 1
            started = time.monotonic()
            try:
                response = session.get(self.stack.base_url + path, timeout=30)
            except requests.RequestException as error:
                with self.lock:
                    self.failures.append((path, repr(error)))
                continue
            with self.lock:
                self.log.append((started, time.monotonic(), path, response.status_code))

    def __enter__(self):
        self.threads = [threading.Thread(target=self.read, args=(i,)) for i in range(READERS)]
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=60)


def test_readers_never_see_an_unpublished_guide_and_never_an_error(stack, capsys):
    guides = get_json(stack, "/api/v2/pages/?type=guides.GuidePage&fields=_,id,html_url&limit=1")
    guide = guides["items"][0]
    page_path = guide["meta"]["html_url"].replace(stack.base_url, "")
    watched = [page_path, f"/api/v2/pages/{guide['id']}/"]
    editor = subprocess.Popen(
        [sys.executable, "-c", EDITOR, str(guide["id"])], env=stack.env, cwd=PROJECT_DIR,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert editor.stdout.readline().strip() == "ready"
    hidden = []  # (committed, republishing) times: the guide must be 404 between them
    started = time.monotonic()
    try:
        with Readers(stack, reader_urls(stack, watched), watched) as readers:
            for _ in range(CYCLES):
                time.sleep(PAUSE)
                editor.stdin.write("unpublish\n")
                editor.stdin.flush()
                assert editor.stdout.readline().strip() == "done"
                committed = time.monotonic()
                time.sleep(PAUSE)
                hidden.append((committed, time.monotonic()))
                editor.stdin.write("publish\n")
                editor.stdin.flush()
                assert editor.stdout.readline().strip() == "done"
            time.sleep(PAUSE)
    finally:
        editor.stdin.close()
        editor.wait(timeout=30)
    elapsed = time.monotonic() - started
    log = readers.log
    durations = sorted(end - begin for begin, end, _, _ in log)
    p95 = durations[int(len(durations) * 0.95)] * 1000
    with capsys.disabled():  # the figures belong in the stage's output
        print(
            f"\nload run: {len(log)} requests in {elapsed:.0f} s ({len(log) / elapsed:.1f} req/s), "
            f"p50 {statistics.median(durations) * 1000:.0f} ms, p95 {p95:.0f} ms, "
            f"{sum(status >= 500 for *_, status in log)} server errors, "
            f"{len(readers.failures)} failed requests, {CYCLES} unpublish/publish cycles"
        )
    assert not readers.failures, readers.failures[:5]
    errors = [(path, status) for _, _, path, status in log if status >= 500]
    assert not errors, errors[:5]
    unexpected = [
        (path, status) for _, _, path, status in log if path not in watched and status != 200
    ]
    assert not unexpected, unexpected[:5]
    # Asked after the unpublishing committed and answered before the republishing began.
    seen_hidden = [
        (path, round(begin - committed, 3))
        for begin, end, path, status in log
        for committed, republished in hidden
        if path in watched and committed <= begin and end < republished and status != 404
    ]
    assert not seen_hidden, seen_hidden[:5]
    watched_while_hidden = [
        begin
        for begin, end, path, _ in log
        for committed, republished in hidden
        if path in watched and committed <= begin and end < republished
    ]
    assert len(watched_while_hidden) >= CYCLES * 4, "too few reads while the guide was hidden"
