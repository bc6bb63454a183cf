"""The whole stack's own PostgreSQL and Redis servers (scripts/stack), in its folder, on free
ports: the fault tests (tests/stack/test_faults.py) stop and restart them while readers read,
which the shared servers of `scripts/services` must never undergo.

PostgreSQL: a cluster made by initdb (trust authentication, loopback and a socket in the
folder only, no fsync: the data are thrown away), run by pg_ctl as the user `postgres` when
this runs as root (PostgreSQL refuses root). Redis: redis-server without persistence,
daemonized with a pid file. `start_servers()` returns what stack.json records; the other
functions take that record.
"""

import contextlib
import os
import pwd
import shutil
import signal
import subprocess
import time
from pathlib import Path

from tests.demo_server import free_port

POSTGRES_ROOT = Path("/usr/lib/postgresql")
ROLE = "kennispunt"
POSTGRES_OPTIONS = (
    "-c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
    "-c full_page_writes=off -c max_connections=100"
)


def postgres_bin():
    versions = sorted(POSTGRES_ROOT.glob("*/bin/pg_ctl"), key=lambda path: int(path.parts[-3]))
    if not versions:
        raise SystemExit("stack: no PostgreSQL under /usr/lib/postgresql (scripts/services)")
    return versions[-1].parent


def server_user():
    """PostgreSQL does not run as root: then it runs as `postgres` (Debian's package)."""
    return "postgres" if os.geteuid() == 0 else None


def as_server_user(command, log=None, check=True):
    return subprocess.run(
        command, user=server_user(), check=check, stdout=log or subprocess.DEVNULL,
        stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def start_postgres(folder):
    home = folder / "postgres"
    shutil.rmtree(home, ignore_errors=True)
    (home / "socket").mkdir(parents=True)
    user = server_user()
    if user:
        entry = pwd.getpwnam(user)
        for path in (home, home / "socket"):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    record = {
        "bin": str(postgres_bin()),
        "data": str(home / "data"),
        "socket": str(home / "socket"),
        "log": str(home / "postgres.log"),
        "port": free_port(),
    }
    initdb = [f"{record['bin']}/initdb", "-D", record["data"], "-U", ROLE, "-A", "trust"]
    with open(folder / "setup.log", "a") as log:
        as_server_user([*initdb, "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions"], log)
    start_postgres_again(record)
    record["url"] = f"postgres://{ROLE}@127.0.0.1:{record['port']}"
    return record


def start_postgres_again(record):
    """Starts the stack's PostgreSQL (after stop_postgres) and waits until it accepts."""
    options = f"-p {record['port']} -k {record['socket']} {POSTGRES_OPTIONS}"
    pg_ctl = [f"{record['bin']}/pg_ctl", "-D", record["data"], "-l", record["log"]]
    as_server_user([*pg_ctl, "-o", options, "-w", "-t", "60", "start"])


def stop_postgres(record, check=True):
    """Fast shutdown: open sessions are ended, as when the server is restarted."""
    pg_ctl = [f"{record['bin']}/pg_ctl", "-D", record["data"], "-m", "fast", "-w"]
    as_server_user([*pg_ctl, "-t", "60", "stop"], check=check)


def start_redis(folder):
    home = folder / "redis"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    port = free_port()
    record = {"dir": str(home), "port": port, "url": f"redis://127.0.0.1:{port}/0"}
    start_redis_again(record)
    return record


def redis_pid(record):
    with contextlib.suppress(FileNotFoundError, ValueError):
        return int((Path(record["dir"]) / "redis.pid").read_text())
    return None


def start_redis_again(record):
    """Starts the stack's Redis (after stop_redis) and waits until it answers PING."""
    home = Path(record["dir"])
    subprocess.run(
        ["redis-server", "--port", str(record["port"]), "--bind", "127.0.0.1", "--dir", str(home),
         "--save", "", "--appendonly", "no", "--daemonize", "yes",
         "--pidfile", str(home / "redis.pid"), "--logfile", str(home / "redis.log")],
        check=True, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    import redis

    client = redis.Redis.from_url(record["url"], socket_connect_timeout=1)
    deadline = time.monotonic() + 30
    while True:
        try:
            client.ping()
            return
        except redis.ConnectionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def stop_redis(record):
    pid = redis_pid(record)
    if pid is None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def start_servers(folder):
    """The stack's own PostgreSQL and Redis, started; the record stack.json keeps."""
    servers = {"postgres": start_postgres(folder)}
    try:
        servers["redis"] = start_redis(folder)
    except BaseException:
        stop_servers(servers)
        raise
    return servers


def stop_servers(servers):
    """Stops them and removes their data."""
    if "redis" in servers:
        stop_redis(servers["redis"])
        shutil.rmtree(servers["redis"]["dir"], ignore_errors=True)
    if "postgres" in servers:
        if Path(servers["postgres"]["data"], "postmaster.pid").exists():
            stop_postgres(servers["postgres"], check=False)
        shutil.rmtree(Path(servers["postgres"]["data"]).parent, ignore_errors=True)
