"""What every CSV import in the admin shares: reading the uploaded bytes, and a result that
lists each bad row by its line number (a file with any error imports nothing)."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_BYTES = 5 * 1024 * 1024


@dataclass
class RowError:
    line: int
    message: str


@dataclass
class ImportResult:
    errors: list = field(default_factory=list)
    created: int = 0
    updated: int = 0

    @property
    def ok(self):
        return not self.errors


def decode(data):
    """The uploaded bytes as text: UTF-8 (with or without BOM) or, from older spreadsheets,
    Windows-1252."""
    if len(data) > MAX_BYTES:
        raise ValidationError(_("Het bestand is groter dan 5 MB."))
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError(_("Het bestand is geen tekstbestand (CSV)."))
