"""Tasks for the tests of the task platform itself: importable by path, like any app's."""

import time
from pathlib import Path

from jobs.tasks import PermanentFailure, background_task


@background_task(attempts=3)
def append_line(path, text, fail_times=0, sleep=0):
    """Appends `text` to the file at `path`; fails its first `fail_times` runs (counted in
    `path`.runs). Its first run sleeps `sleep` seconds first, so a test can kill the worker
    meanwhile and see the next run finish."""
    runs = Path(f"{path}.runs")
    count = int(runs.read_text()) + 1 if runs.exists() else 1
    runs.write_text(str(count))
    if count == 1:
        time.sleep(sleep)
    if count <= fail_times:
        raise ConnectionError(f"run {count} failed on purpose")
    with Path(path).open("a") as handle:
        handle.write(text + "\n")
    return count


@background_task(attempts=5)
def refuse(reason):
    raise PermanentFailure(reason)
