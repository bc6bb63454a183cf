"""One dated archive (.tar.gz) with the database, the uploaded files (media and documents,
the forum's and the helpdesk's private files) and a manifest saying what is in it."""

import json
import shutil
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from . import database

MANIFEST = "manifest.json"
FORMAT = 1


def file_roots():
    """Folder name in the archive → folder on disk, for every place uploads are kept."""
    roots = {"media": settings.MEDIA_ROOT}
    for name, setting in (("forum", "FORUM_MEDIA_ROOT"), ("helpdesk", "HELPDESK_PRIVATE_ROOT")):
        if getattr(settings, setting, None):
            roots[name] = getattr(settings, setting)
    return {name: Path(root) for name, root in roots.items()}


def create(directory):
    """Writes kennispunt-<timestamp>.tar.gz into `directory` and returns its path."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    created = timezone.now()
    path = directory / f"kennispunt-{created:%Y%m%d-%H%M%S}.tar.gz"
    with tempfile.TemporaryDirectory() as work:
        dump = Path(work) / database.dump_name()
        database.dump(dump)
        manifest = {
            "format": FORMAT,
            "created_at": created.isoformat(),
            "database": dump.name,
            "files": sorted(file_roots()),
            "migrations": MigrationRecorder.Migration.objects.count(),
        }
        (Path(work) / MANIFEST).write_text(json.dumps(manifest, indent=2))
        with tarfile.open(path, "w:gz") as archive:
            archive.add(Path(work) / MANIFEST, MANIFEST)
            archive.add(dump, dump.name)
            for name, root in file_roots().items():
                if root.exists():
                    archive.add(root, f"files/{name}")
    return path


def _read_manifest(archive):
    try:
        member = archive.extractfile(MANIFEST)
        manifest = json.loads(member.read()) if member else None
    except (KeyError, ValueError):
        manifest = None
    if (
        not isinstance(manifest, dict)
        or manifest.get("format") != FORMAT
        or manifest.get("database") not in (database.POSTGRES_DUMP, database.SQLITE_DUMP)
        or not isinstance(manifest.get("files"), list)
    ):
        raise CommandError("Dit is geen back-up van deze site (manifest.json ontbreekt).")
    return manifest


def _empty(root):
    return not root.exists() or not any(root.iterdir())


def restore(path):
    """Restores an archive into an empty database and empty upload folders; refuses otherwise,
    so a restore never mixes with (or overwrites) a live site."""
    path = Path(path)
    if not path.is_file():
        raise CommandError(f"Back-up niet gevonden: {path}")
    if not database.is_empty():
        raise CommandError("De database is niet leeg: herstel alleen in een lege database.")
    roots = file_roots()
    full = [str(root) for root in roots.values() if not _empty(root)]
    if full:
        raise CommandError(f"Deze mappen zijn niet leeg: {', '.join(full)}")
    try:
        with tarfile.open(path, "r:gz") as archive, tempfile.TemporaryDirectory() as work:
            manifest = _read_manifest(archive)
            # The "data" filter refuses absolute paths, links out of the folder, device files.
            archive.extractall(work, filter="data")
            database.restore(str(Path(work) / manifest["database"]))
            for name in manifest["files"]:
                extracted = Path(work) / "files" / name
                if name in roots and extracted.exists():
                    roots[name].mkdir(parents=True, exist_ok=True)
                    for item in extracted.iterdir():
                        shutil.move(item, roots[name] / item.name)
    except (tarfile.TarError, EOFError, OSError) as error:
        raise CommandError(f"Geen leesbaar archief: {error}") from error
    return manifest
