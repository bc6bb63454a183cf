"""CSV import and export of the party register, in one column layout both ways.

An import is checked whole before anything is saved: every bad row is reported with its line
number, and a file with any error changes nothing.
"""

import csv
import io
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from core.csv_files import ImportResult, RowError, decode

from .models import LocalParty, Municipality, PartyStatus, Province

COLUMNS = [
    "id",
    "naam",
    "korte_naam",
    "gemeenten",
    "provincie",
    "website",
    "in_aanmerking",
    "status",
    "gefuseerd_in",
    "notities",
]
REQUIRED_COLUMNS = {"naam", "gemeenten"}
LIST_SEPARATOR = "|"
STATUS_WORDS = {
    "actief": PartyStatus.ACTIVE,
    "active": PartyStatus.ACTIVE,
    "gefuseerd": PartyStatus.MERGED,
    "merged": PartyStatus.MERGED,
    "opgeheven": PartyStatus.DISSOLVED,
    "dissolved": PartyStatus.DISSOLVED,
}
STATUS_NAMES = {PartyStatus.ACTIVE: "actief", PartyStatus.MERGED: "gefuseerd"}
STATUS_NAMES[PartyStatus.DISSOLVED] = "opgeheven"
YES = {"ja", "j", "yes", "y", "true", "1", "waar"}
NO = {"nee", "n", "no", "false", "0", "onwaar"}


@dataclass
class PartyRow:
    line: int
    instance: LocalParty
    municipalities: list
    merged_into_id: int | None = None


class Lookup:
    """Municipalities and provinces by code or name, fetched once per import."""

    def __init__(self):
        self.municipalities = {}
        by_name = {}
        for municipality in Municipality.objects.all():
            self.municipalities[municipality.code.lower()] = municipality
            by_name.setdefault(municipality.name.lower(), []).append(municipality)
        self.municipality_names = by_name
        self.provinces = {}
        for province in Province.objects.all():
            self.provinces[province.code.lower()] = province
            self.provinces[province.name.lower()] = province

    def municipality(self, text):
        key = text.strip().lower()
        if key in self.municipalities:
            return self.municipalities[key]
        found = self.municipality_names.get(key, [])
        active = [m for m in found if m.active] or found
        return active[0] if len(active) == 1 else None


def import_register(data):
    """Checks and, when the whole file is right, saves it. `data` is the uploaded bytes."""
    result = ImportResult()
    try:
        text = decode(data)
    except ValidationError as error:
        result.errors.append(RowError(0, error.messages[0]))
        return result
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        result.errors.append(RowError(1, _("Het bestand is leeg.")))
        return result
    try:
        dialect = csv.Sniffer().sniff(lines[0], delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    headers = [(name or "").strip().lower() for name in reader.fieldnames or []]
    missing = REQUIRED_COLUMNS - set(headers)
    unknown = set(headers) - set(COLUMNS)
    if missing or unknown:
        parts = []
        if missing:
            parts.append(_("ontbrekende kolommen: %s") % ", ".join(sorted(missing)))
        if unknown:
            parts.append(_("onbekende kolommen: %s") % ", ".join(sorted(unknown)))
        result.errors.append(RowError(1, "; ".join(parts)))
        return result
    reader.fieldnames = headers
    lookup = Lookup()
    rows = []
    seen = {}
    for line, raw in enumerate(reader, start=2):
        values = {k: (v or "").strip() for k, v in raw.items() if k}
        if None in raw:
            result.errors.append(RowError(line, _("Deze regel heeft meer kolommen dan de kop.")))
            continue
        if not any(values.values()):
            continue
        row, messages = check_row(line, values, lookup)
        if row is not None:
            key = (row.instance.name.lower(), tuple(sorted(m.pk for m in row.municipalities)))
            if key in seen:
                messages.append(_("Dezelfde partij staat ook op regel %s.") % seen[key])
            seen[key] = line
        result.errors.extend(RowError(line, message) for message in messages)
        if not messages:
            rows.append(row)
    if result.errors:
        return result
    with transaction.atomic():
        for row in rows:
            created = row.instance.pk is None
            row.instance.save()
            row.instance.municipalities.set(row.municipalities)
            if created:
                result.created += 1
            else:
                result.updated += 1
        for row in rows:
            if row.merged_into_id:
                LocalParty.objects.filter(pk=row.instance.pk).update(
                    merged_into_id=row.merged_into_id
                )
    return result


def check_row(line, values, lookup):
    messages = []
    party = LocalParty()
    if values.get("id"):
        if not values["id"].isdigit():
            messages.append(_("id “%s” is geen getal.") % values["id"])
        else:
            party = LocalParty.objects.filter(pk=int(values["id"])).first()
            if party is None:
                messages.append(_("Er is geen partij met id %s.") % values["id"])
                party = LocalParty()
    party.name = values.get("naam", "")
    if not party.name:
        messages.append(_("De naam ontbreekt."))
    elif len(party.name) > 150:
        messages.append(_("De naam is langer dan 150 tekens."))
    party.short_name = values.get("korte_naam", party.short_name or "")
    if len(party.short_name) > 40:
        messages.append(_("De korte naam is langer dan 40 tekens."))

    municipalities = []
    names = [n for n in values.get("gemeenten", "").split(LIST_SEPARATOR) if n.strip()]
    if not names:
        messages.append(_("Geef minstens één gemeente (meer gemeenten gescheiden door |)."))
    for name in names:
        municipality = lookup.municipality(name)
        if municipality is None:
            messages.append(_("Onbekende gemeente “%s” (gebruik de naam of de CBS-code).") % name)
        else:
            municipalities.append(municipality)

    province_text = values.get("provincie", "")
    if province_text:
        province = lookup.provinces.get(province_text.lower())
        if province is None:
            messages.append(_("Onbekende provincie “%s”.") % province_text)
    else:
        found = {m.province_id: m.province for m in municipalities}
        province = next(iter(found.values())) if len(found) == 1 else None
        if len(found) > 1:
            messages.append(_("De gemeenten liggen in meer provincies: vul de provincie in."))
    if province is not None:
        party.province = province

    website = values.get("website", "")
    if website and "://" not in website:
        website = "https://" + website
    if website:
        try:
            URLValidator(schemes=["http", "https"])(website)
        except ValidationError:
            messages.append(_("Het webadres “%s” is ongeldig.") % values["website"])
    party.website = website

    eligible = values.get("in_aanmerking", "").lower()
    if eligible in YES or eligible == "":
        party.eligible = True
    elif eligible in NO:
        party.eligible = False
    else:
        messages.append(_("in_aanmerking moet ja of nee zijn, niet “%s”.") % eligible)

    status = values.get("status", "").lower() or "actief"
    if status not in STATUS_WORDS:
        messages.append(
            _("Onbekende status “%s” (actief, gefuseerd of opgeheven).") % values["status"]
        )
    else:
        party.status = STATUS_WORDS[status]

    merged_into_id = None
    target = values.get("gefuseerd_in", "")
    if target:
        if not target.isdigit() or not LocalParty.objects.filter(pk=int(target)).exists():
            messages.append(_("gefuseerd_in: er is geen partij met id “%s”.") % target)
        elif party.pk and int(target) == party.pk:
            messages.append(_("Een partij kan niet in zichzelf opgaan."))
        else:
            merged_into_id = int(target)
    elif party.status == PartyStatus.MERGED:
        messages.append(_("Een gefuseerde partij heeft een id in gefuseerd_in nodig."))
    party.notes = values.get("notities", party.notes or "")

    if not messages and party.pk is None:
        duplicate = (
            LocalParty.objects.filter(Q(name__iexact=party.name))
            .filter(municipalities__in=municipalities)
            .first()
        )
        if duplicate is not None:
            message = _("Deze partij staat al in het register (id %s).") % duplicate.pk
            messages.append(message + " " + _("Vul die id in om haar bij te werken."))
    if messages:
        return None, messages
    return PartyRow(line, party, municipalities, merged_into_id), []


def export_rows(queryset):
    yield COLUMNS
    for party in queryset.select_related("province").prefetch_related("municipalities"):
        yield [
            party.pk,
            party.name,
            party.short_name,
            LIST_SEPARATOR.join(m.name for m in party.municipalities.all()),
            party.province.name,
            party.website,
            "ja" if party.eligible else "nee",
            STATUS_NAMES[party.status],
            party.merged_into_id or "",
            party.notes,
        ]


def export_register(queryset=None):
    buffer = io.StringIO()
    buffer.write("\ufeff")  # Excel reads UTF-8 only with a byte order mark
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerows(export_rows(queryset if queryset is not None else LocalParty.objects.all()))
    return buffer.getvalue()
