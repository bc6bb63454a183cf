"""A backup of the site (database, media and documents, the private upload folders) restored
into a new, empty database and empty folders by another process gives the same pages,
translations, documents and search results; a restore never lands on a live site."""

import json
import os
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.models import Page

from search.service import ranked_page_ids

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
QUERIES = [("wervingsplan", "nl"), ("recruitment plan", "en"), ("fusie", "nl")]

SNAPSHOT = """
import json
from wagtail.documents import get_document_model
from wagtail.models import Page
from search.service import ranked_page_ids
print(json.dumps({
    "pages": sorted([p.id, p.locale.language_code, p.title, p.url_path]
                    for p in Page.objects.live().select_related("locale")),
    "documents": sorted([d.title, d.file.name, d.file.storage.exists(d.file.name)]
                        for d in get_document_model().objects.all()),
    "search": [ranked_page_ids(q, lang) for q, lang in %r],
}))
"""


def snapshot_here():
    return {
        "pages": sorted(
            [p.id, p.locale.language_code, p.title, p.url_path]
            for p in Page.objects.live().select_related("locale")
        ),
        "documents": sorted(
            [d.title, d.file.name, d.file.storage.exists(d.file.name)]
            for d in get_document_model().objects.all()
        ),
        "search": [ranked_page_ids(q, lang) for q, lang in QUERIES],
    }


@pytest.fixture
def empty_target(tmp_path):
    """An empty database of the same kind as the suite's, and empty upload folders."""
    folders = {
        "MEDIA_ROOT": tmp_path / "media",
        "FORUM_MEDIA_ROOT": tmp_path / "forum",
        "HELPDESK_PRIVATE_ROOT": tmp_path / "private",
    }
    if connection.vendor == "postgresql":
        import psycopg

        name = f"kennispunt_restore_{uuid.uuid4().hex[:10]}"
        params = connection.settings_dict
        admin = dict(
            host=params["HOST"], port=params["PORT"] or 5432, user=params["USER"],
            password=params["PASSWORD"], dbname="postgres", autocommit=True,
        )  # fmt: skip
        with psycopg.connect(**admin) as server:
            server.execute(f'CREATE DATABASE "{name}"')
        url = (
            f"postgres://{params['USER']}:{params['PASSWORD']}@{params['HOST']}:"
            f"{params['PORT'] or 5432}/{name}"
        )
        yield {"DATABASE_URL": url, **{k: str(v) for k, v in folders.items()}}
        with psycopg.connect(**admin) as server:
            server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    else:
        url = f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        yield {"DATABASE_URL": url, **{k: str(v) for k, v in folders.items()}}


def manage(target, *args):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("SEARCH_URL", "DJANGO_SETTINGS_MODULE", "DATABASE_URL")
    }
    env.update(target, DJANGO_SETTINGS_MODULE="cms.settings.dev", DEBUG="false")
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def test_a_backup_restored_into_an_empty_database_gives_the_same_site(tmp_path, empty_target):
    (Path(settings.FORUM_MEDIA_ROOT) / "bijlage.pdf").write_bytes(b"%PDF-1.4 forum")
    before = snapshot_here()
    assert any(lang == "en" for _id, lang, *_rest in before["pages"])
    assert before["documents"] and all(exists for *_rest, exists in before["documents"])
    assert all(before["search"])

    call_command("backup_site", str(tmp_path / "backups"))
    [archive] = (tmp_path / "backups").glob("kennispunt-*.tar.gz")
    with tarfile.open(archive) as contents:
        names = contents.getnames()
    assert "manifest.json" in names and "files/forum/bijlage.pdf" in names

    restored = manage(empty_target, "restore_site", str(archive))
    assert restored.returncode == 0, restored.stderr
    assert "Zoekindex opnieuw opgebouwd" in restored.stdout
    after = manage(empty_target, "shell", "-c", SNAPSHOT % (QUERIES,))
    assert after.returncode == 0, after.stderr
    assert json.loads(after.stdout.strip().splitlines()[-1]) == before
    assert (Path(empty_target["FORUM_MEDIA_ROOT"]) / "bijlage.pdf").read_bytes().endswith(b"forum")

    again = manage(empty_target, "restore_site", str(archive))
    assert again.returncode != 0
    assert "De database is niet leeg" in again.stderr


def test_restore_refuses_what_is_not_a_backup_of_this_site(tmp_path, empty_target):
    garbage = tmp_path / "kapot.tar.gz"
    garbage.write_bytes(b"not an archive")
    result = manage(empty_target, "restore_site", str(garbage))
    assert result.returncode != 0 and "Geen leesbaar archief" in result.stderr

    foreign = tmp_path / "vreemd.tar.gz"
    with tarfile.open(foreign, "w:gz") as archive:
        archive.add(__file__, "manifest.json")
    result = manage(empty_target, "restore_site", str(foreign))
    assert result.returncode != 0 and "geen back-up van deze site" in result.stderr

    assert manage(empty_target, "restore_site", str(tmp_path / "weg.tar.gz")).returncode != 0


def test_restore_refuses_a_live_database_in_process():
    with pytest.raises(CommandError, match="De database is niet leeg"):
        call_command("restore_site", str(ROOT / "pyproject.toml"))
