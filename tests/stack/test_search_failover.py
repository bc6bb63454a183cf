"""The stack's search cluster (scripts/stack with STACK_SEARCH_CLUSTER: three nodes, indexes
with one replica, SEARCH_URL naming every node) loses a node under a load of searches and gets
it back: no search fails, none is answered from the database instead, and the cluster is green
again afterwards.

The node stopped holds the primary copy of the readers' Dutch index. Whether an answer came
from OpenSearch shows in the web log only: the site logs "OpenSearch unavailable" whenever it
falls back to the database (search/service.py), so the log must not gain that line; and the
client logs each request the stopped node refused before it sent it to another node ("has
failed for 1 times in a row"), which shows the site talked to that node and failed over."""

import json
import os
import subprocess
import threading
import time
from itertools import count
from pathlib import Path

import pytest
import requests

from tests.demo_server import PROJECT_DIR, STACK_VARIABLE, RunningStack

pytestmark = pytest.mark.stack

READERS = 4
WORDS = ["leden", "kandidaat", "verkiezingen", "gemeenteraad", "fractie", "begroting"]
WORDS += ["subsidie", "statuten", "campagne", "penningmeester", "vergadering", "raadslid"]
DOWN_SECONDS = 8  # load with one node stopped, before it is started again
GREEN_TIMEOUT = 180
FALLBACK_LINE = "OpenSearch unavailable"
FAILOVER_LINE = "{url}> has failed for"


@pytest.fixture(scope="module")
def stack():
    return RunningStack(os.environ[STACK_VARIABLE])


@pytest.fixture(scope="module")
def cluster():
    state = json.loads(Path(os.environ[STACK_VARIABLE]).read_text())
    found = state.get("search_cluster")
    assert found, "the stack has no search cluster of its own (STACK_SEARCH_CLUSTER=3)"
    return {**found, "prefix": state["env"]["SEARCH_INDEX_PREFIX"]}


def search_node(cluster, *args):
    return subprocess.run(
        [str(PROJECT_DIR / "scripts" / "search-node"), *args],
        env={**os.environ, **cluster["env"]},
        check=True,
        capture_output=True,
        text=True,
    )


def node_get(cluster, path, exclude=None):
    """GET from the first node that answers, other than `exclude` (1-based)."""
    for number, url in enumerate(cluster["urls"], 1):
        if number == exclude:
            continue
        try:
            return requests.get(url + path, timeout=GREEN_TIMEOUT + 10).json()
        except requests.RequestException:
            continue
    raise AssertionError(f"no node of the cluster answers {path}")


def primary_node(cluster):
    """The number of the node holding the primary of the readers' Dutch index."""
    index = f"{cluster['prefix']}search_nl"
    shards = node_get(cluster, f"/_cat/shards/{index}?format=json&h=prirep,state,node")
    [primary] = [shard for shard in shards if shard["prirep"] == "p"]
    assert primary["state"] == "STARTED", shards
    return int(primary["node"].rsplit("-", 1)[1])


def searchable_words(stack):
    found = []
    for word in WORDS:
        response = requests.get(f"{stack.base_url}/api/search/?q={word}", timeout=30)
        if response.status_code == 200 and response.json()["count"]:
            found.append(word)
    assert len(found) >= 4, found
    return found


class Searchers:
    """Readers searching the HTML page and the API in turn; each search has a parameter of its
    own (`n`, ignored by the site), so the response cache answers none of them."""

    def __init__(self, stack, words):
        self.stack, self.words = stack, words
        self.log, self.failures = [], []
        self.numbers = count()
        self.stopping = threading.Event()
        self.lock = threading.Lock()

    def search(self, session):
        number = next(self.numbers)
        word = self.words[number % len(self.words)]
        html = number % 2
        path = f"/zoeken/?q={word}&n={number}" if html else f"/api/search/?q={word}&n={number}"
        started = time.monotonic()
        response = session.get(self.stack.base_url + path, timeout=30)
        if response.status_code != 200:
            problem = f"status {response.status_code}"
        elif html:
            problem = None if 'class="result' in response.text else "no results"
        else:
            problem = None if response.json()["count"] else "no results"
        return started, time.monotonic(), path, problem

    def read(self):
        session = requests.Session()
        while not self.stopping.is_set():
            try:
                entry = self.search(session)
            except (requests.RequestException, ValueError) as error:
                entry = (time.monotonic(), time.monotonic(), "?", repr(error))
            with self.lock:
                self.log.append(entry)
                if entry[3]:
                    self.failures.append(entry)

    def __enter__(self):
        self.threads = [threading.Thread(target=self.read) for _ in range(READERS)]
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=60)


def test_searches_survive_a_node_going_down_and_coming_back(stack, cluster, capsys):
    web_log = Path(os.environ[STACK_VARIABLE]).parent / "web.log"
    log_start = web_log.stat().st_size
    words = searchable_words(stack)
    health = node_get(cluster, "/_cluster/health?wait_for_status=green&timeout=60s")
    assert health["status"] == "green" and health["number_of_nodes"] == 3, health
    node = primary_node(cluster)
    http = node_get(cluster, f"/_nodes/search-node-{node}/stats/http", exclude=node)
    [stats] = http["nodes"].values()
    with Searchers(stack, words) as searchers:
        time.sleep(3)
        stopping = time.monotonic()
        search_node(cluster, "stop-node", str(node))
        stopped = time.monotonic()
        time.sleep(DOWN_SECONDS)
        restarting = time.monotonic()
        search_node(cluster, "start-node", str(node))
        joined = time.monotonic()
        path = f"/_cluster/health?wait_for_status=green&timeout={GREEN_TIMEOUT}s"
        health = node_get(cluster, path, exclude=node)
        green = time.monotonic()
        time.sleep(2)
    log = searchers.log
    while_down = [entry for entry in log if stopping <= entry[0] and entry[1] <= joined]
    lines = web_log.read_bytes()[log_start:].decode(errors="replace").splitlines()
    fallbacks = [line for line in lines if FALLBACK_LINE in line]
    failover = FAILOVER_LINE.format(url=cluster["urls"][node - 1])
    failovers = [line for line in lines if failover in line]
    with capsys.disabled():  # the figures belong in the stage's output
        print(
            f"\nfailover run: {len(log)} searches ({len(while_down)} while node {node} was down "
            f"or rejoining; it had {stats['http']['current_open']} open HTTP connections, "
            f"{len(failovers)} refused requests went to another node), "
            f"{len(searchers.failures)} failed, {len(fallbacks)} answered from the database; "
            f"stop {stopped - stopping:.1f} s, rejoin {joined - restarting:.0f} s, "
            f"green {green - joined:.1f} s after rejoining ({health['status']})"
        )
    assert not searchers.failures, searchers.failures[:5]
    assert not fallbacks, fallbacks[:3]
    assert failovers, "the site never sent a search to the stopped node"
    assert len(while_down) >= 20, "too few searches while the node was down"
    assert health["status"] == "green" and health["number_of_nodes"] == 3, health


def test_searches_fall_back_to_the_database_while_the_whole_cluster_is_gone(stack, cluster, capsys):
    web_log = Path(os.environ[STACK_VARIABLE]).parent / "web.log"
    words = searchable_words(stack)
    with Searchers(stack, words) as searchers:
        time.sleep(2)
        log_start = web_log.stat().st_size
        stopping = time.monotonic()
        search_node(cluster, "stop")
        stopped = time.monotonic()
        time.sleep(DOWN_SECONDS)
        restarting = time.monotonic()
        down_lines = web_log.read_bytes()[log_start:].decode(errors="replace").splitlines()
        search_node(cluster, "start")
        path = f"/_cluster/health?wait_for_status=green&timeout={GREEN_TIMEOUT}s"
        health = node_get(cluster, path)
        green = time.monotonic()
        time.sleep(2)
        back_start = web_log.stat().st_size
        time.sleep(4)
    log = searchers.log
    while_down = [entry for entry in log if stopped <= entry[0] and entry[1] <= restarting]
    fallbacks = [line for line in down_lines if FALLBACK_LINE in line]
    after = web_log.read_bytes()[back_start:].decode(errors="replace").splitlines()
    searched_after = [entry for entry in log if entry[0] >= green + 2]
    with capsys.disabled():
        print(
            f"\nwhole cluster gone: {len(log)} searches ({len(while_down)} while every node was "
            f"down), {len(searchers.failures)} failed, {len(fallbacks)} logged fallbacks to the "
            f"database; stop {stopped - stopping:.1f} s, green {green - restarting:.0f} s after "
            f"the start; {len(searched_after)} searches afterwards"
        )
    assert not searchers.failures, searchers.failures[:5]
    assert len(while_down) >= 10, "too few searches while the cluster was down"
    assert fallbacks, "no search was answered from the database while the cluster was down"
    assert health["status"] == "green" and health["number_of_nodes"] == 3, health
    assert searched_after, "no search after the cluster was back"
    assert not [line for line in after if FALLBACK_LINE in line], "still falling back"
