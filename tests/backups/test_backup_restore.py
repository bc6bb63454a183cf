"""A backup of the site (database, media and documents, the private upload folders) restored
into a new, empty database and empty folders by another process gives the same pages,
translations, documents and search results; a restore never lands on a live site."""

import tarfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection

from tests.backups.site import ROOT, folders, manage, postgres_database, snapshot, snapshot_of

pytestmark = pytest.mark.django_db

QUERIES = [("wervingsplan", "nl"), ("recruitment plan", "en"), ("fusie", "nl")]


@pytest.fixture
def empty_target(tmp_path):
    """An empty database of the same kind as the suite's, and empty upload folders."""
    if connection.vendor == "postgresql":
        with postgres_database("kennispunt_restore") as url:
            yield {"DATABASE_URL": url, **folders(tmp_path)}
    else:
        yield {"DATABASE_URL": f"sqlite:///{tmp_path / 'restored.sqlite3'}", **folders(tmp_path)}


def test_a_backup_restored_into_an_empty_database_gives_the_same_site(tmp_path, empty_target):
    (Path(settings.FORUM_MEDIA_ROOT) / "bijlage.pdf").write_bytes(b"%PDF-1.4 forum")
    before = snapshot(QUERIES)
    assert any(lang == "en" for _id, lang, *_rest in before["pages"])
    assert before["translations"]
    assert before["documents"] and all(exists for *_rest, exists in before["documents"])
    assert before["images"] and all(exists for *_rest, exists in before["images"])
    assert all(before["search"])

    call_command("backup_site", str(tmp_path / "backups"))
    [archive] = (tmp_path / "backups").glob("kennispunt-*.tar.gz")
    with tarfile.open(archive) as contents:
        names = contents.getnames()
    assert "manifest.json" in names and "files/forum/bijlage.pdf" in names

    restored = manage(empty_target, "restore_site", str(archive))
    assert restored.returncode == 0, restored.stderr
    assert "Zoekindex opnieuw opgebouwd" in restored.stdout
    assert snapshot_of(empty_target, QUERIES) == before
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
