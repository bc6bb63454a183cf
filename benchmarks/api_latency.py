"""API latency with many guides: p50/p95 of the guide listing (`fields=*`, limit 20), a
guide detail and a trivial Django view (the floor), served by gunicorn, all in one run.

    .venv/bin/python benchmarks/api_latency.py                # 1,000 and 10,000 guides
    .venv/bin/python benchmarks/api_latency.py --guides 1000 --requests 300

Each size gets its own SQLite database in a temporary folder (demo content plus synthetic
guides from guides.factories.GuidePageFactory), served twice by gunicorn: with the response
cache (`API_RESPONSE_CACHE=on`, warm: the normal state) and without it (every request
rendered: what a miss costs). Target, with the cache: listing p95 <= 2x the trivial view,
detail p95 <= 1.5x it.
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.demo_server import DemoServer  # noqa: E402

MAKE_GUIDES = """
import factory.random
from guides.factories import GuidePageFactory, TopicPageFactory
from guides.models import GuideIndexPage
factory.random.reseed_random(4)
index = GuideIndexPage.objects.get(locale__language_code="nl")
topics = [TopicPageFactory(parent=index, title=f"Benchmark {n}", slug=f"benchmark-{n}")
          for n in range(10)]
for n in range({count}):
    GuidePageFactory(parent=topics[n % len(topics)])
"""


def percentile(values, fraction):
    values = sorted(values)
    return values[min(len(values) - 1, round(fraction * (len(values) - 1)))]


def measure(session, urls, count, expect_cache=None):
    timings = []
    for number in range(count):
        url = urls[number % len(urls)]
        start = time.perf_counter()
        response = session.get(url, timeout=60)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        assert response.headers.get("X-Cache") == expect_cache, (url, response.headers)
    return statistics.median(timings), percentile(timings, 0.95)


def serve_and_measure(server, count, workers, cached):
    """p50/p95 per kind of URL; the cached run is warmed up so that every request is a hit."""
    base = server.base_url
    server.start(gunicorn_workers=workers, ready_path="/health/")
    try:
        session = requests.Session()
        listing_url = base + "/api/v2/pages/?type=guides.GuidePage&fields=*&limit=20"
        total = session.get(listing_url).json()["meta"]["total_count"]
        ids = [item["id"] for item in session.get(listing_url + "&offset=100").json()["items"]]
        urls = {
            "trivial": [base + "/health/"],
            "listing": [f"{listing_url}&offset={offset}" for offset in range(0, 400, 20)],
            "detail": [f"{base}/api/v2/pages/{page_id}/" for page_id in ids],
        }
        for name in urls:  # warm up: renditions, caches, code paths
            for url in urls[name] * 2:
                session.get(url, timeout=60)
        expected = {"trivial": None, "listing": "hit" if cached else None}
        expected["detail"] = expected["listing"]
        results = {name: measure(session, urls[name], count, expected[name]) for name in urls}
    finally:
        server.stop()
    return total, results


def run(guides, count, workers):
    folder = Path(tempfile.mkdtemp(prefix=f"api-latency-{guides}-"))
    started = time.monotonic()
    builder = DemoServer(folder).prepare()
    builder.manage("shell", "-c", MAKE_GUIDES.replace("{count}", str(guides)))
    print(f"{guides} guides built in {time.monotonic() - started:.0f} s", flush=True)
    runs = {}
    for label, switch in (("cached", "on"), ("uncached", "off")):
        server = DemoServer(folder, API_RESPONSE_CACHE=switch)
        total, runs[label] = serve_and_measure(server, count, workers, switch == "on")
    print(f"\n{total} guides in the API ({guides} synthetic), {count} requests each, gunicorn")
    print(f"{'':20} {'p50 ms':>8} {'p95 ms':>8} {'p95 / trivial':>14}")
    for label, results in runs.items():
        floor = results["trivial"][1]
        for name, (p50, p95) in results.items():
            print(f"{name + ' (' + label + ')':20} {p50:8.1f} {p95:8.1f} {p95 / floor:14.2f}")
    return runs


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--guides", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    for guides in args.guides:
        run(guides, args.requests, args.workers)


if __name__ == "__main__":
    main()
