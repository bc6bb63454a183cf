"""Check every external link of the site and store the outcome (one row per URL)."""

from concurrent.futures import ThreadPoolExecutor

from django.utils import timezone

from .checker import check
from .models import CheckedLink
from .sources import all_links


def check_all_links(timeout=10, workers=4):
    """Check each URL once, however often it is used; forget URLs no longer used. Returns
    {result: count}."""
    links = all_links()
    urls = sorted(links)
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        outcomes = list(pool.map(lambda url: check(url, timeout), urls))
    now = timezone.now()
    counts = {}
    for url, outcome in zip(urls, outcomes, strict=True):
        sources = [
            {"label": link.label, "edit_url": link.edit_url} for link in dict.fromkeys(links[url])
        ]
        CheckedLink.objects.update_or_create(
            url=url,
            defaults={
                "result": outcome.result,
                "status_code": outcome.status_code,
                "final_url": outcome.final_url[:1000],
                "error": outcome.error,
                "sources": sources,
                "checked_at": now,
            },
        )
        counts[outcome.result] = counts.get(outcome.result, 0) + 1
    CheckedLink.objects.exclude(url__in=urls).delete()
    return counts
