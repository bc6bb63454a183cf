"""What the backup tests compare, and how they reach a site in another database: the snapshot
of a site (read in this process or, through `manage.py shell`, in one configured by its
environment), `manage.py` run against such a site, and a throwaway PostgreSQL database."""

import json
import os
import subprocess
import sys
import uuid
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

from tests.demo_server import INHERITED_VARIABLES_TO_DROP, drop_database

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT_COMMAND = "from tests.backups.site import print_snapshot; print_snapshot(%r)"


def snapshot(queries):
    """Live pages, their translation groups, documents and images (and whether each file is on
    disk) and the page ids found for each (words, language) in `queries`, as JSON data."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    from search.service import ranked_page_ids

    pages = Page.objects.live().select_related("locale")
    groups = defaultdict(list)
    for page in pages:
        groups[str(page.translation_key)].append([page.locale.language_code, page.url_path])
    files = {
        kind: sorted(
            [item.title, item.file.name, item.file.storage.exists(item.file.name)]
            for item in model.objects.all()
        )
        for kind, model in (("documents", get_document_model()), ("images", get_image_model()))
    }
    return json.loads(
        json.dumps(
            {
                "pages": sorted([p.id, p.locale.language_code, p.title, p.url_path] for p in pages),
                "translations": sorted(sorted(g) for g in groups.values() if len(g) > 1),
                **files,
                "search": [ranked_page_ids(words, language) for words, language in queries],
            }
        )
    )


def print_snapshot(queries):
    print(json.dumps(snapshot(queries)))


def manage(environment, *args, timeout=300):
    """`manage.py <args>` in its own process, on the database and folders `environment` names
    (nothing of the suite's own database, search node or cache)."""
    env = {k: v for k, v in os.environ.items() if k not in INHERITED_VARIABLES_TO_DROP}
    env.update(environment, DJANGO_SETTINGS_MODULE="cms.settings.dev", DEBUG="false")
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip


def snapshot_of(environment, queries):
    result = manage(environment, "shell", "-c", SNAPSHOT_COMMAND % (list(queries),))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def folders(root):
    """Upload folders under `root`, as the environment variables that set them."""
    names = {"MEDIA_ROOT": "media", "FORUM_MEDIA_ROOT": "forum", "HELPDESK_PRIVATE_ROOT": "private"}
    return {variable: str(Path(root) / name) for variable, name in names.items()}


@contextmanager
def postgres_database(prefix):
    """A new, empty database on the suite's PostgreSQL server, dropped afterwards; yields its
    postgres:// URL."""
    import psycopg
    from django.db import connection

    params = connection.settings_dict
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    port = params["PORT"] or 5432
    admin = dict(
        host=params["HOST"], port=port, user=params["USER"], password=params["PASSWORD"],
        dbname="postgres", autocommit=True,
    )  # fmt: skip
    with psycopg.connect(**admin) as server:
        server.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgres://{params['USER']}:{params['PASSWORD']}@{params['HOST']}:{port}/{name}"
    finally:
        with psycopg.connect(**admin) as server:
            drop_database(server, name)
