import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from parties.municipalities import (
    CHANGES_FILE,
    CURRENT_FILE,
    LIST_DATE,
    MunicipalityFileError,
    load_municipalities,
)


class Command(BaseCommand):
    help = (
        "Loads or updates the municipalities and provinces from a CBS list (default: the list of "
        "1 January 2026 shipped in parties/data/). Municipalities missing from the list are kept "
        "as inactive, pointing to their successor when the changes file names one."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", type=Path, default=CURRENT_FILE)
        parser.add_argument("--changes", type=Path, default=CHANGES_FILE)
        parser.add_argument(
            "--as-of",
            type=datetime.date.fromisoformat,
            default=LIST_DATE,
            help="The date the list is valid from (YYYY-MM-DD); ends removed municipalities.",
        )

    def handle(self, *args, file, changes, as_of, **options):
        for path in (file, changes):
            if path is not None and path != CHANGES_FILE and not path.exists():
                raise CommandError(f"{path}: no such file")
        try:
            report = load_municipalities(file, changes, as_of)
        except (MunicipalityFileError, UnicodeDecodeError) as error:
            raise CommandError(f"{file}: {error}") from error
        self.stdout.write(
            f"{len(report.created)} added, {len(report.renamed)} renamed, "
            f"{len(report.ended)} ended, {report.unchanged} unchanged."
        )
        for old, new in report.renamed:
            self.stdout.write(f"  renamed: {old} -> {new}")
        for name in report.ended:
            self.stdout.write(f"  ended: {name}")
