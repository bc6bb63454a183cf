"""Loading the CBS list of municipalities and provinces (parties/data/BRON.md): the CBS
"Gemeentelijke indeling op 1 januari 2026" (342 municipalities, the same as on 1 January 2025),
checked against a second list with CBS codes on 2 December 2026.

The list is the truth for what exists now: codes in it are active and up to date, codes no longer
in it are kept as inactive, pointing to their successor where the changes file names one.
"""

import csv
import datetime
import io
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from .models import Municipality, Province

DATA_DIR = Path(__file__).resolve().parent / "data"
CURRENT_FILE = DATA_DIR / "gemeenten-2026.csv"
CHANGES_FILE = DATA_DIR / "opgeheven-gemeenten.csv"
LIST_DATE = datetime.date(2026, 1, 1)

# CBS's own column names, and the plainer ones a person may type.
COLUMNS = {
    "code": ("GemeentecodeGM", "gemeentecode", "code"),
    "name": ("Gemeentenaam", "gemeente", "naam"),
    "province_code": ("ProvinciecodePV", "provinciecode"),
    "province_name": ("Provincienaam", "provincie"),
    "successor": ("OpgegaanInGM", "opgegaan_in"),
    "date": ("Datum", "datum"),
}


class MunicipalityFileError(ValueError):
    pass


@dataclass
class LoadReport:
    created: list = field(default_factory=list)
    renamed: list = field(default_factory=list)
    ended: list = field(default_factory=list)
    unchanged: int = 0


def read_rows(path_or_text):
    text = (
        path_or_text.read_text(encoding="utf-8-sig")
        if isinstance(path_or_text, Path)
        else path_or_text
    )
    dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=";,\t")
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    headers = {name.strip().lower(): name for name in reader.fieldnames or []}
    mapping = {}
    for key, names in COLUMNS.items():
        for name in names:
            if name.lower() in headers:
                mapping[key] = headers[name.lower()]
                break
    missing = [k for k in ("code", "name", "province_code", "province_name") if k not in mapping]
    if missing:
        raise MunicipalityFileError("missing columns: " + ", ".join(COLUMNS[k][0] for k in missing))
    for line, row in enumerate(reader, start=2):
        values = {key: (row.get(column) or "").strip() for key, column in mapping.items()}
        code = normalise_code(values["code"], "GM", 4)
        if not code or not values["name"]:
            raise MunicipalityFileError(f"line {line}: a municipality needs a code and a name")
        values["code"] = code
        values["province_code"] = normalise_code(values["province_code"], "PV", 2)
        if values.get("successor"):
            values["successor"] = normalise_code(values["successor"], "GM", 4)
        yield values


def normalise_code(value, prefix, digits):
    """GM0363 from '363', '0363' or 'GM0363' (CBS files carry either form)."""
    value = value.strip().upper()
    number = value[len(prefix) :] if value.startswith(prefix) else value
    if not number.isdigit():
        return ""
    return f"{prefix}{int(number):0{digits}d}"


@transaction.atomic
def load_municipalities(current=CURRENT_FILE, changes=CHANGES_FILE, as_of=LIST_DATE):
    report = LoadReport()
    provinces = {}

    def province_for(values):
        code = values["province_code"]
        if code not in provinces:
            province, _created = Province.objects.update_or_create(
                code=code, defaults={"name": values["province_name"]}
            )
            provinces[code] = province
        return provinces[code]

    listed = set()
    for values in read_rows(current):
        listed.add(values["code"])
        existing = Municipality.objects.filter(code=values["code"]).first()
        province = province_for(values)
        if existing is None:
            Municipality.objects.create(code=values["code"], name=values["name"], province=province)
            report.created.append(values["name"])
            continue
        if existing.name != values["name"]:
            report.renamed.append((existing.name, values["name"]))
        elif existing.active and existing.province_id == province.id:
            report.unchanged += 1
            continue
        existing.name, existing.province = values["name"], province
        existing.active, existing.successor, existing.ended_on = True, None, None
        existing.save()

    successors = {}
    if changes is not None and (not isinstance(changes, Path) or changes.exists()):
        for values in read_rows(changes):
            if values["code"] in listed:
                continue
            successors[values["code"]] = values
            if not Municipality.objects.filter(code=values["code"]).exists():
                Municipality.objects.create(
                    code=values["code"],
                    name=values["name"],
                    province=province_for(values),
                    active=False,
                )

    for municipality in Municipality.objects.exclude(code__in=listed):
        change = successors.get(municipality.code, {})
        successor = Municipality.objects.filter(code=change.get("successor") or "").first()
        if municipality.active:
            report.ended.append(municipality.name)
        municipality.active = False
        municipality.successor = successor or municipality.successor
        municipality.ended_on = parse_date(change.get("date")) or municipality.ended_on or as_of
        municipality.save()
    return report


def parse_date(value):
    try:
        return datetime.date.fromisoformat(value) if value else None
    except ValueError:
        raise MunicipalityFileError(f"not a date (YYYY-MM-DD): {value!r}") from None


def ensure_municipalities():
    """Loads the shipped list when the table is empty (demo and first start)."""
    if not Municipality.objects.exists():
        load_municipalities()
