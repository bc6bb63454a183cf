"""The subscriber list as CSV: the old list's import (addresses already confirmed, with their
consent date) and the export. A file with any bad row imports nothing; every bad row is
reported with its line number."""

import csv
import io
from datetime import datetime, time

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.csv_files import ImportResult, RowError, decode
from parties.models import LocalParty

from .models import Subscriber

COLUMNS = ["email", "name", "language", "consent_at", "party"]
REQUIRED = {"email", "language", "consent_at"}
IMPORT_CONSENT = "Toestemming gegeven op de vorige website (geïmporteerd)."


def parse_moment(text):
    text = text.strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        try:
            moment = datetime.combine(datetime.strptime(text, "%d-%m-%Y").date(), time(12))
        except ValueError:
            return None
    if len(text) == 10:
        moment = moment.replace(hour=12)
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment


def import_subscribers(data):
    result = ImportResult()
    try:
        text = decode(data)
    except ValidationError as error:
        result.errors.append(RowError(0, error.messages[0]))
        return result
    sample = text[:2048]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    headers = {name.strip().lower() for name in reader.fieldnames or []}
    missing = REQUIRED - headers
    if missing:
        result.errors.append(
            RowError(1, _("Kolommen ontbreken: %(names)s.") % {"names": ", ".join(sorted(missing))})
        )
        return result
    parties = {party.name.lower(): party for party in LocalParty.objects.all()}
    rows, seen = [], set()
    for number, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        checked = check_row(number, row, parties, seen)
        if isinstance(checked, RowError):
            result.errors.append(checked)
        else:
            rows.append(checked)
    if result.errors:
        return result
    with transaction.atomic():
        for values in rows:
            _subscriber, created = Subscriber.objects.update_or_create(
                email=values.pop("email"), language=values.pop("language"), defaults=values
            )
            result.created += created
            result.updated += not created
    return result


def check_row(line, row, parties, seen):
    email = row.get("email", "").lower()
    try:
        validate_email(email)
    except ValidationError:
        return RowError(line, _("“%(value)s” is geen e-mailadres.") % {"value": email})
    language = row.get("language", "").lower()
    if language not in ("nl", "en"):
        return RowError(line, _("Taal moet nl of en zijn, niet “%(value)s”.") % {"value": language})
    if (email, language) in seen:
        return RowError(line, _("%(email)s staat twee keer in het bestand.") % {"email": email})
    seen.add((email, language))
    consent_at = parse_moment(row.get("consent_at", ""))
    if consent_at is None:
        return RowError(
            line,
            _("Datum van toestemming “%(value)s” is geen datum (2024-03-01 of 01-03-2024).")
            % {"value": row.get("consent_at", "")},
        )
    party = None
    if row.get("party"):
        party = parties.get(row["party"].lower())
        if party is None:
            return RowError(
                line, _("Partij “%(value)s” staat niet in het register.") % {"value": row["party"]}
            )
    return {
        "email": email,
        "language": language,
        "name": row.get("name", "")[:150],
        "party": party,
        "status": Subscriber.Status.CONFIRMED,
        "source": Subscriber.Source.IMPORT,
        "consent_at": consent_at,
        "consent_text": IMPORT_CONSENT,
        "confirmed_at": consent_at,
        "unsubscribed_at": None,
    }


def export_subscribers(queryset=None):
    queryset = (queryset or Subscriber.objects.all()).select_related("party").order_by("email")
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([*COLUMNS, "status", "source", "confirmed_at", "consent_text"])
    for s in queryset:
        writer.writerow(
            [
                s.email,
                s.name,
                s.language,
                s.consent_at.isoformat(),
                s.party.name if s.party else "",
                s.status,
                s.source,
                s.confirmed_at.isoformat() if s.confirmed_at else "",
                s.consent_text,
            ]
        )
    return out.getvalue()
