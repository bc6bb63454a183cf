"""The trainings agenda with many trainings: p50/p95 of the agenda page (/trainingen/), the
subscribable feed (/trainingen/agenda.ics) and a trivial Django view (the floor), served by
gunicorn, all in one run, with the figures as ratios against the floor.

    .venv/bin/python benchmarks/trainings_agenda.py                   # 500 trainings
    .venv/bin/python benchmarks/trainings_agenda.py --trainings 500 --requests 100
    .venv/bin/python benchmarks/trainings_agenda.py --reuse /tmp/trainings-agenda-500-…

A SQLite database in a temporary folder gets the demo content plus `--trainings` synthetic
trainings (trainings.factories), each with two upcoming sessions (one online) and a few
sign-ups. Pages are rendered on every request (no response cache for HTML on the server).
The agenda's number of queries does not grow with the trainings
(tests/trainings/test_agenda.py); what grows is rendering and the feed's events.
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

MAKE_TRAININGS = """
import datetime
import factory.random
from django.utils import timezone
from trainings.factories import TrainingPageFactory, TrainingSessionFactory
from trainings.models import Registration, TrainingIndexPage
factory.random.reseed_random(15)
index = TrainingIndexPage.objects.get(locale__language_code="nl")
start = timezone.now().replace(minute=0, second=0, microsecond=0)
for n in range({count}):
    page = TrainingPageFactory(parent=index, title=f"Benchmarktraining {n}")
    for offset, online in ((n % 180 + 1, False), (n % 90 + 2, True)):
        session = TrainingSessionFactory.build(
            start=start + datetime.timedelta(days=offset, hours=n % 8), online=online
        )
        session.training = page
        session.save()
        for person in range(n % 4):
            Registration.objects.create(
                session=session, email=f"b{n}-{person}-{online}@example.org",
                name="Benchmark", status="confirmed",
            )
"""


def percentile(values, fraction):
    values = sorted(values)
    return values[min(len(values) - 1, round(fraction * (len(values) - 1)))]


def measure(session, url, count):
    timings = []
    for _ in range(count):
        start = time.perf_counter()
        response = session.get(url, timeout=120)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(timings), percentile(timings, 0.95)


def run(trainings, count, workers, folder=None):
    """With `folder` (a previous run's, printed at its start) its database is measured again."""
    if folder is not None:
        server = DemoServer(folder)
    else:
        folder = Path(tempfile.mkdtemp(prefix=f"trainings-agenda-{trainings}-"))
        print(f"database in {folder}", flush=True)
        started = time.monotonic()
        server = DemoServer(folder).prepare()
        server.manage("shell", "-c", MAKE_TRAININGS.replace("{count}", str(trainings)))
        print(f"{trainings} trainings built in {time.monotonic() - started:.0f} s", flush=True)
    server.start(gunicorn_workers=workers, ready_path="/health/")
    try:
        http = requests.Session()
        base = server.base_url
        urls = {
            "trivial": base + "/health/",
            "agenda": base + "/trainingen/",
            "agenda.ics": base + "/trainingen/agenda.ics",
        }
        sizes = {}
        for name, url in urls.items():  # warm up, and check what is served
            response = http.get(url, timeout=120)
            sizes[name] = len(response.content)
        events = http.get(urls["agenda.ics"]).text.count("BEGIN:VEVENT")
        results = {name: measure(http, url, count) for name, url in urls.items()}
    finally:
        server.stop()
    print(f"\n{trainings} synthetic trainings, feed with {events} events, {count} requests each,")
    print(f"gunicorn with {workers} worker(s)")
    print(
        f"{'':12} {'p50 ms':>8} {'p95 ms':>8} {'p50 / trivial':>14} {'p95 / trivial':>14} {'KB':>8}"
    )
    floor50, floor95 = results["trivial"]
    for name, (p50, p95) in results.items():
        print(
            f"{name:12} {p50:8.1f} {p95:8.1f} {p50 / floor50:14.1f} {p95 / floor95:14.1f}"
            f" {sizes[name] / 1024:8.1f}"
        )
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trainings", type=int, default=500)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--reuse", type=Path, help="a previous run's folder: measure it again")
    args = parser.parse_args()
    run(args.trainings, args.requests, args.workers, args.reuse)


if __name__ == "__main__":
    main()
