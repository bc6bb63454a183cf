"""The whole demo site, loaded by `manage.py load_demo_content` into a database of its own on
PostgreSQL, backed up with `backup_site` and restored with `restore_site` into a new, empty
database and empty folders: the restored site has the same live pages, translations,
documents and images (with their files) and search results. PostgreSQL only, as production
runs: the backup is pg_dump's and the restore pg_restore's (test_backup_restore.py covers both
databases on the small site)."""

import tarfile

import pytest
from django.db import connection

from tests.backups.site import folders, manage, postgres_database, snapshot_of

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="DATABASE_URL does not point at PostgreSQL"
    ),
]

QUERIES = [
    ("hoe krijgen we meer leden", "nl"),
    ("samengaan met een andere partij", "nl"),
    ("VOG voor kandidaten", "nl"),
    ("giften en sponsoring", "nl"),
    ("recruiting members", "en"),
    ("merger", "en"),
    ("fundraising", "en"),
]


def run(environment, *args):
    result = manage(environment, *args, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_the_demo_site_restored_into_a_new_database_is_the_same_site(tmp_path):
    with (
        postgres_database("kennispunt_backup_src") as source_url,
        postgres_database("kennispunt_backup_dst") as target_url,
    ):
        source = {"DATABASE_URL": source_url, **folders(tmp_path / "source")}
        target = {"DATABASE_URL": target_url, **folders(tmp_path / "target")}
        run(source, "migrate", "--noinput", "-v", "0")
        run(source, "load_demo_content")
        before = snapshot_of(source, QUERIES)
        assert len(before["pages"]) > 100
        assert any(language == "en" for _id, language, *_rest in before["pages"])
        assert len(before["translations"]) > 50
        for kind in ("documents", "images"):
            assert before[kind] and all(exists for *_rest, exists in before[kind]), kind
        assert all(before["search"]), before["search"]

        archive = run(source, "backup_site", str(tmp_path / "backups")).strip().splitlines()[-1]
        with tarfile.open(archive) as contents:
            names = contents.getnames()
        assert {"manifest.json", "database.pgdump"} <= set(names)
        assert any(name.startswith("files/media/documents/") for name in names)

        assert "Zoekindex opnieuw opgebouwd" in run(target, "restore_site", archive)
        assert snapshot_of(target, QUERIES) == before
