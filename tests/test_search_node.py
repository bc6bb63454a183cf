"""scripts/search-node's commands that need no JVM: the node URLs of one node and of a cluster,
the status and stop of a cluster that is not running, and the refusal of bad arguments. Starting
a cluster, stopping one node and starting it again is the whole-stack stage's failover test
(tests/stack/test_search_failover.py)."""

import os
import subprocess
from pathlib import Path

import pytest

from tests.demo_server import free_port

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "search-node"


def search_node(tmp_path, *args, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("SEARCH_NODE_")}
    return subprocess.run(
        [str(SCRIPT), *args],
        env={**clean, "SEARCH_NODE_HOME": str(tmp_path / "home"), **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_one_node_is_the_one_on_9200(tmp_path):
    assert search_node(tmp_path, "urls").stdout.strip() == "http://127.0.0.1:9200"


def test_a_cluster_has_a_port_per_node_from_its_base_port(tmp_path):
    result = search_node(tmp_path, "urls", SEARCH_NODE_COUNT="3", SEARCH_NODE_PORT="19401")
    assert result.stdout.strip() == (
        "http://127.0.0.1:19401,http://127.0.0.1:19402,http://127.0.0.1:19403"
    )


def test_a_cluster_that_is_not_running(tmp_path):
    cluster = {"SEARCH_NODE_COUNT": "3", "SEARCH_NODE_PORT": str(free_port())}
    status = search_node(tmp_path, "status", **cluster)
    assert status.returncode == 3
    assert status.stdout.count("not running") == 3 and "node 2 not running" in status.stdout
    stop = search_node(tmp_path, "stop-node", "2", **cluster)
    assert stop.returncode == 0 and "node 2 is not running" in stop.stdout
    assert search_node(tmp_path, "stop", **cluster).stdout.count("is not running") == 3
    # Its folders are the cluster's own: the single node's home is left alone.
    assert not (tmp_path / "home" / "data").exists()


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (["stop-node", "1"], {}, "needs a cluster"),
        (["start-node", "4"], {"SEARCH_NODE_COUNT": "3"}, "must be 1-3"),
        (["stop-node"], {"SEARCH_NODE_COUNT": "3"}, "must be 1-3"),
        (["status"], {"SEARCH_NODE_COUNT": "many"}, "SEARCH_NODE_COUNT must be 1-9"),
        (["restart"], {}, "usage"),
    ],
)
def test_bad_arguments_are_refused(tmp_path, args, env, message):
    result = search_node(tmp_path, *args, **env)
    assert result.returncode == 2 and message in result.stderr
