"""Speed for readers and apps (issue 11): the demo site under gunicorn with production settings
(PostgreSQL, Redis), each target driven by wrk interleaved with a trivial Django view (the
floor, benchmarks/floor_app.py) under the same gunicorn, in one run.

    .venv/bin/python benchmarks/site_speed.py                 # 3 rounds of 5 s per measurement
    .venv/bin/python benchmarks/site_speed.py --rounds 3 --duration 15 --connections 8

Needs wrk (Debian's package `wrk`), the project's PostgreSQL and Redis (`scripts/services start
all`). The demo content is loaded once into BENCH_POSTGRES_URL (default: the local service,
database bench_site_speed; --fresh loads it again). Two site servers run side by side, 2 sync
workers each: "cached" with the response cache on (warmed, so every request is a hit) and
"uncached" with it off (every request routed and rendered; the fragment cache of rendered
page parts stays on, as in production). SQL per request is counted in a separate process
through Django's test client with the same settings. Prints req/s, x floor (the median over
the rounds of target/floor measured next to each other), p50/p99 and SQL per request, and
each server's worker memory after the load. Not part of `make test`.

2026-12-03 (afternoon), `--rounds 3 --duration 5`, 2 CPUs, floor 3,824 req/s, with the sites'
root paths read once per request (core/site_roots.py) and the v2 API's page representations in
the fragment cache (api/representations.py), x floor uncached / cached: home 0.037 / 0.603,
guide 0.036 / 0.681, topic 0.036 / 0.644, v2 list fields=* 0.011 / 0.302, v2 detail 0.029 /
0.626, /zoeken/ 0.015 / 0.631, /api/search/ 0.018 / 0.596; SQL uncached 3, 4, 4, 4, 4, 14, 11.
Worker memory 184-215 MB. In-process (test client) the v2 list went from 170 to 48 ms.
Before, 2026-12-03 (midday), floor 3,734 req/s (x floor, uncached / cached):
home 0.037 / 0.596, guide 0.034 / 0.658, topic 0.037 / 0.702, v2 list fields=* 0.003 / 0.308,
v2 detail 0.015 / 0.702, /zoeken/ 0.014 / 0.619, /api/search/ 0.021 / 0.627; SQL uncached
3, 4, 4, 12, 8, 15, 12; cached 0. Cache hits before the front of the response cache
(caching/front.py): 0.41-0.47 (v2 list 0.25). Worker memory 184-214 MB.
"""

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from tests.demo_server import drop_database, free_port, wait_until_serving  # noqa: E402

PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
POSTGRES_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgres://kennispunt:kennispunt@127.0.0.1:5432/bench_site_speed"
)
REDIS_BASE = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379")
DROPPED = {"SEARCH_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE", "DATABASE_URL", "DEBUG"}

COUNT_SQL = r"""
import json, sys
import django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST="127.0.0.1")
counts = {}
for name, url in json.loads(sys.argv[1]).items():
    for _ in range(3):
        client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    counts[name] = len(queries)
print(json.dumps(counts))
"""


def environment(**extra):
    env = {k: v for k, v in os.environ.items() if k not in DROPPED}
    env.update(extra)
    return env


def run(command, env, **kwargs):
    return subprocess.run(command, env=env, cwd=PROJECT, check=True, **kwargs)


def ensure_database(fresh, media):
    import psycopg

    name = POSTGRES_URL.rsplit("/", 1)[1]
    admin_url = POSTGRES_URL.rsplit("/", 1)[0] + "/kennispunt"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if exists and fresh:
            drop_database(connection, name)
            exists = None
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')
    env = environment(
        DJANGO_SETTINGS_MODULE="cms.settings.dev", DATABASE_URL=POSTGRES_URL, MEDIA_ROOT=media
    )
    run([PYTHON, "manage.py", "migrate", "--noinput", "-v", "0"], env)
    loaded = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c",
         "from wagtail.models import Page; print(Page.objects.filter(depth__gt=2).count())"],
        env=env, cwd=PROJECT, check=True, capture_output=True, text=True,
    ).stdout.strip().splitlines()[-1]  # fmt: skip
    if loaded == "0":
        print("loading the demo content (once) ...", flush=True)
        run([PYTHON, "manage.py", "load_demo_content"], env, capture_output=True)


class Server:
    def __init__(self, name, folder, app, env):
        self.name, self.port = name, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.folder = Path(folder) / name
        self.folder.mkdir(parents=True, exist_ok=True)
        self.app, self.env, self.process = app, env, None

    def start(self, ready_path):
        command = [
            GUNICORN, self.app, "--bind", f"127.0.0.1:{self.port}", "--workers", "2",
            "--worker-class", "sync", "--log-level", "warning",
            "--control-socket", str(self.folder / "gunicorn.ctl"),
        ]  # fmt: skip
        if self.app.startswith("floor_app"):
            command += ["--chdir", str(PROJECT / "benchmarks")]
        env = dict(self.env, WAGTAILADMIN_BASE_URL=self.url, WAGTAILAPI_BASE_URL=self.url)
        self.env = env
        log = open(self.folder / "server.log", "w")  # noqa: SIM115 - open while serving
        self.process = subprocess.Popen(
            command, env=env, cwd=PROJECT, stdout=log, stderr=subprocess.STDOUT
        )
        wait_until_serving(self.url + ready_path, self.process)

    def worker_memory_mb(self):
        children = subprocess.run(
            ["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True
        ).stdout.split()
        sizes = []
        for pid in children:
            status = Path(f"/proc/{pid}/status").read_text()
            sizes.append(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024)
        return sizes

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=30)


def wrk(url, duration, connections):
    output = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--latency", url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    if "Non-2xx" in output or "Socket errors" in output:
        raise SystemExit(f"failed requests on {url}:\n{output}")

    def latency(label):
        value, unit = re.search(rf"{label}%\s+([\d.]+)(us|ms|s)", output).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    return rate, latency("50"), latency("99")


def get(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, dict(response.headers), response.read()


def targets_of(server):
    _, _, body = get(server.url + "/api/v2/pages/?type=guides.GuidePage&locale=nl&limit=1")
    guide = json.loads(body)["items"][0]
    _, _, body = get(server.url + "/api/v2/pages/?type=guides.TopicPage&locale=nl&limit=1")
    topic = json.loads(body)["items"][0]
    path_of = lambda item: urlsplit(item["meta"]["html_url"]).path  # noqa: E731
    return {
        "home": "/",
        "guide page": path_of(guide),
        "topic page": path_of(topic),
        "v2 guide list fields=*": "/api/v2/pages/?type=guides.GuidePage&fields=*",
        "v2 detail": f"/api/v2/pages/{guide['id']}/",
        "/zoeken/?q=leden": "/zoeken/?q=leden",
        "/api/search/?q=leden": "/api/search/?q=leden",
    }


def warm(server, targets):
    for url in targets.values():
        for _ in range(20):
            status, headers, _ = get(server.url + url)
            assert status == 200, (url, status)
            if headers.get("X-Cache") == "hit":
                break
            time.sleep(0.5)  # the response cache stores nothing while a change settles
        else:
            raise SystemExit(f"{url} never became a cache hit on {server.name}")


def sql_counts(server, targets):
    output = subprocess.run(
        [PYTHON, "-c", COUNT_SQL, json.dumps(targets)],
        env=server.env, cwd=PROJECT, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    return json.loads(output.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=5)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--fresh", action="store_true", help="load the demo content again")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install wrk")

    folder = Path(tempfile.mkdtemp(prefix="site-speed-"))
    media = Path(tempfile.gettempdir()) / "bench_site_speed_media"  # beside the kept database
    ensure_database(args.fresh or not media.exists(), str(media))
    production = dict(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        DATABASE_URL=POSTGRES_URL,
        SECRET_KEY="benchmark-" + "x" * 50,
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        STATIC_ROOT=str(folder / "static"),
        MEDIA_ROOT=str(media),
        SERVE_MEDIA="true",
        API_RATE_LIMIT="0",
        SEARCH_PAGE_RATE_LIMIT="0",
        EMAIL_HOST="127.0.0.1",  # nothing is mailed while reading
    )
    static_env = environment(
        **production, REDIS_URL=f"{REDIS_BASE}/12", WAGTAILADMIN_BASE_URL="http://127.0.0.1"
    )
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0"], static_env)
    floor = Server("floor", folder, "floor_app:application", environment())
    site = "cms.wsgi:application"
    cached_env = environment(**production, REDIS_URL=f"{REDIS_BASE}/13", API_RESPONSE_CACHE="on")
    cached = Server("cached", folder, site, cached_env)
    uncached_env = environment(**production, REDIS_URL=f"{REDIS_BASE}/14", API_RESPONSE_CACHE="off")
    uncached = Server("uncached", folder, site, uncached_env)
    servers = [floor, cached, uncached]
    try:
        floor.start("/")
        cached.start("/healthz")
        uncached.start("/healthz")
        targets = targets_of(uncached)
        warm(cached, targets)
        for url in targets.values():  # renditions, the fragment cache
            get(uncached.url + url)
        sql = {"cached": sql_counts(cached, targets), "uncached": sql_counts(uncached, targets)}
        figures = {(name, kind): [] for name in targets for kind in ("cached", "uncached")}
        floors = []
        for round_number in range(args.rounds):
            print(f"round {round_number + 1} of {args.rounds} ...", flush=True)
            for name, url in targets.items():
                floor_rate, *_ = wrk(floor.url + "/", args.duration, args.connections)
                floors.append(floor_rate)
                for kind, server in (("cached", cached), ("uncached", uncached)):
                    rate, p50, p99 = wrk(server.url + url, args.duration, args.connections)
                    figures[(name, kind)].append((rate, rate / floor_rate, p50, p99))
        memory = {server.name: server.worker_memory_mb() for server in (cached, uncached)}
    finally:
        for server in servers:
            server.stop()

    def median(values, index):
        return statistics.median(value[index] for value in values)

    print(f"\nfloor (trivial Django view): {statistics.median(floors):,.0f} req/s (median)")
    print(f"wrk -t1 -c{args.connections} -d{args.duration}s, {args.rounds} interleaved rounds, "
          "gunicorn 2 sync workers, production settings, PostgreSQL + Redis\n")  # fmt: skip
    header = (
        f"{'target':<24}{'kind':<10}{'req/s':>9}{'x floor':>9}{'p50 ms':>9}{'p99 ms':>9}{'SQL':>5}"
    )
    print(header)
    print("-" * len(header))
    for name in targets:
        for kind in ("uncached", "cached"):
            values = figures[(name, kind)]
            rate, ratio, p50, p99 = (median(values, index) for index in range(4))
            print(
                f"{name:<24}{kind:<10}{rate:>9.1f}{ratio:>9.3f}{p50:>9.2f}{p99:>9.2f}"
                f"{sql[kind][name]:>5}"
            )
    for name, sizes in memory.items():
        print(f"worker memory after the load, {name}: " + ", ".join(f"{s:.0f} MB" for s in sizes))


if __name__ == "__main__":
    main()
