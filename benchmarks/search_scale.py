"""Search at scale: synthetic guides from the factories at 1,000 and 10,000 guides. Prints the
full reindex time and query latency p50/p95 per backend.

    .venv/bin/python benchmarks/search_scale.py                     # SQLite
    DATABASE_URL=postgres://… .venv/bin/python benchmarks/search_scale.py
    SEARCH_URL=http://127.0.0.1:9200 .venv/bin/python benchmarks/search_scale.py
    SCALE_SIZES=1000 … (default 1000,10000)

Measured 2026-11-28 (one machine with 2 CPUs; 60 timed queries per backend; files in the results;
PostgreSQL with its own full-text engine):
    guides  backend     full reindex  query p50  query p95
    1,021   sqlite          3.0 s       11.8 ms    19.8 ms
    1,021   postgresql      3.8 s       12.3 ms    16.9 ms
    1,021   opensearch      4.0 s       22.4 ms    37.0 ms
    10,021  sqlite         31.0 s       35.3 ms    92.3 ms
    10,021  postgresql     34.7 s       27.2 ms    61.7 ms
    10,021  opensearch     23.0 s       25.7 ms    43.9 ms
"""

import os
import time

from search_setup import (
    backends,
    build_opensearch_index,
    database_label,
    percentile,
    setup_django,
    using,
)

QUERIES = [
    "hoe krijgen we meer leden",
    "kandidaatsteling",
    "samengaan met een andere partij",
    "VOG voor kandidaten",
    "ledenwerfactie",
    "gemeenteraadsverkiezingen",
    "verkiezingsprogramma schrijven",
    "giften en sponsoring",
    "deur aan deur flyeren",
    "boekhouding penningmeester",
    "lorem ipsum dolor",
    "voluptatem quia",
]
ROUNDS = 5


def quiet_signals():
    """Creating thousands of pages: skip per-save indexing, the benchmark reindexes in full."""
    from django.db.models.signals import post_save
    from modelsearch.signal_handlers import post_save_signal_handler
    from wagtail.models import get_page_models

    from guides.models import GuidePage
    from search.signals import index_saved_page

    for model in get_page_models():
        post_save.disconnect(
            index_saved_page, sender=model, dispatch_uid=f"search-{model._meta.label}"
        )
    post_save.disconnect(post_save_signal_handler, sender=GuidePage)


def add_guides(count):
    import factory.random

    from guides.factories import GuidePageFactory
    from guides.models import TopicPage

    factory.random.reseed_random(f"scale-{count}")
    topics = list(TopicPage.objects.live().filter(locale__language_code="nl"))
    for i in range(count):
        topic = topics[i % len(topics)]
        topic.add_child(instance=GuidePageFactory.build(live=True))


def latencies(backend):
    from search.service import SearchRequest, search

    with using(backend):
        for query in QUERIES:
            search(SearchRequest.from_raw(query, "nl"))
        timings = []
        for _ in range(ROUNDS):
            for query in QUERIES:
                started = time.perf_counter()
                search(SearchRequest.from_raw(query, "nl"))
                timings.append((time.perf_counter() - started) * 1000)
    return timings


def main():
    connection = setup_django()
    from demo.loader import DemoSite
    from guides.models import GuidePage
    from search.documents import rebuild

    DemoSite(log=lambda message: None).load()
    quiet_signals()
    label = database_label(connection)
    sizes = [int(n) for n in os.environ.get("SCALE_SIZES", "1000,10000").split(",")]
    for size in sizes:
        started = time.perf_counter()
        add_guides(size - GuidePage.objects.filter(locale__language_code="nl").count())
        created = time.perf_counter() - started
        total = GuidePage.objects.count()
        print(f"== {total} guides ({created:.0f} s to create the pages)")
        started = time.perf_counter()
        rebuild()
        print(f"{label:<11} full reindex {time.perf_counter() - started:6.1f} s")
        if "opensearch" in backends():
            print(f"{'opensearch':<11} full reindex {build_opensearch_index():6.1f} s")
        for backend in backends():
            timings = latencies(backend)
            name = label if backend == "database" else "opensearch"
            print(
                f"{name:<11} query p50 {percentile(timings, 0.5):6.1f} ms  "
                f"p95 {percentile(timings, 0.95):6.1f} ms  ({len(timings)} queries)"
            )


if __name__ == "__main__":
    main()
