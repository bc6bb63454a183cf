"""A real server with the demo site on its own SQLite database, started as a user would start
it. Used by the browser checks, the contract suite and the API latency benchmark, which all
talk to the site only over HTTP."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
GUNICORN = Path(sys.executable).with_name("gunicorn")
# The suite's own services stay out of the server's way: it has its own database and search.
INHERITED_VARIABLES_TO_DROP = {"SEARCH_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE", "DATABASE_URL"}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_serving(url, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped with exit code {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the server did not answer on {url} within {timeout} s")


class DemoServer:
    """`prepare()` migrates and loads the demo content; `start()` serves it; `stop()` ends it."""

    def __init__(self, folder, **settings):
        self.folder = Path(folder)
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.env = {k: v for k, v in os.environ.items() if k not in INHERITED_VARIABLES_TO_DROP}
        self.env.update(
            DJANGO_SETTINGS_MODULE="cms.settings.dev",
            DATABASE_URL=f"sqlite:///{self.folder / 'db.sqlite3'}",
            MEDIA_ROOT=str(self.folder / "media"),
            DEBUG="false",
            SERVE_MEDIA="true",
            WAGTAILADMIN_BASE_URL=self.base_url,
            WAGTAILAPI_BASE_URL=self.base_url,
            API_RATE_LIMIT="0",
            **settings,
        )
        self.process = None
        self.log = None

    def manage(self, *args):
        """Runs a management command against the server's database (as an editor's action)."""
        return subprocess.run(
            [sys.executable, str(PROJECT_DIR / "manage.py"), *args],
            env=self.env,
            cwd=PROJECT_DIR,
            check=True,
            capture_output=True,
            text=True,
        )

    def prepare(self):
        self.manage("migrate", "--noinput", "-v", "0")
        self.manage("load_demo_content")
        return self

    def start(self, *, gunicorn_workers=None, ready_path="/"):
        """Serves with gunicorn (as in production) or, without workers, with runserver."""
        if gunicorn_workers:
            command = [
                str(GUNICORN), "cms.wsgi:application", "--bind", f"127.0.0.1:{self.port}",
                "--workers", str(gunicorn_workers), "--log-level", "warning",
            ]  # fmt: skip
        else:
            manage = [sys.executable, str(PROJECT_DIR / "manage.py")]
            command = [*manage, "runserver", f"127.0.0.1:{self.port}", "--noreload", "--insecure"]
        self.log = open(self.folder / "server.log", "w")  # noqa: SIM115 - open while serving
        self.process = subprocess.Popen(
            command, env=self.env, cwd=PROJECT_DIR, stdout=self.log, stderr=subprocess.STDOUT
        )
        wait_until_serving(self.base_url + ready_path, self.process)
        return self

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
        if self.log is not None:
            self.log.close()


# The whole-stack stage of `make test` serves the demo site itself (scripts/stack: gunicorn with
# the production settings, worker, scheduler, PostgreSQL, Redis, OpenSearch) and names its
# stack.json here; the HTTP suites then use that site instead of starting their own.
STACK_VARIABLE = "KENNISPUNT_STACK"


class RunningStack(DemoServer):
    """The site scripts/stack started; `manage()` reaches its database with its environment."""

    def __init__(self, state_file):
        state = json.loads(Path(state_file).read_text())
        self.base_url = state["url"]
        self.env = state["env"]
        self.process = None
        self.log = None

    def prepare(self):
        return self

    def start(self, **options):
        return self

    def stop(self):
        pass


def demo_server(folder, **settings):
    """The running stack if the environment names one, else a new server of its own."""
    if os.environ.get(STACK_VARIABLE):
        return RunningStack(os.environ[STACK_VARIABLE])
    return DemoServer(folder, **settings)


def drop_database(connection, name, attempts=20):
    """DROP DATABASE on `connection` (autocommit, another database). FORCE ends the sessions
    of our own role; it may not end those of others (an autovacuum worker that started on the
    new database), which a plain DROP waits for and ends itself: so FORCE first, then plain
    DROP until the database is free."""
    import psycopg

    try:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        return
    except psycopg.errors.InsufficientPrivilege:
        pass
    for attempt in range(attempts):
        try:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
            return
        except psycopg.errors.ObjectInUse:
            if attempt == attempts - 1:
                raise
            time.sleep(0.5)
