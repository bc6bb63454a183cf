"""The CBS list of municipalities is shipped as data and updated by a command, without code."""

import pytest
from django.core.management import CommandError, call_command

from parties.models import Municipality, Province

pytestmark = pytest.mark.django_db

HEADER = "GemeentecodeGM;Gemeentenaam;ProvinciecodePV;Provincienaam\n"


def test_shipped_list_has_every_municipality_of_2026_with_its_province(municipalities):
    active = Municipality.objects.filter(active=True)
    assert active.count() == 342
    assert Province.objects.count() == 12
    assert municipalities["GM0363"].name == "Amsterdam"
    assert municipalities["GM0363"].province.name == "Noord-Holland"
    assert municipalities["GM1992"].name == "Voorne aan Zee"
    assert active.filter(province__name="Noord-Brabant").count() == 56


def test_merged_municipalities_stay_inactive_pointing_to_their_successor(municipalities):
    weesp = municipalities["GM0457"]
    assert not weesp.active
    assert weesp.successor == municipalities["GM0363"]
    assert str(weesp.ended_on) == "2022-03-24"
    assert "opgeheven" in str(weesp)


def test_command_applies_a_new_list_with_a_merger_and_a_rename(municipalities, tmp_path):
    current = tmp_path / "gemeenten-2027.csv"
    rows = [
        line
        for line in (Municipality.objects.filter(active=True).select_related("province"))
        if line.code not in {"GM0060", "GM0093"}
    ]
    renamed = {"GM0392": "Haarlem aan Zee"}
    lines = [
        f"{m.code};{renamed.get(m.code, m.name)};{m.province.code};{m.province.name}" for m in rows
    ]
    lines.append("GM2001;Wadden-West;PV21;Fryslân")
    current.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    changes = tmp_path / "herindelingen-2027.csv"
    changes.write_text(
        "GemeentecodeGM;Gemeentenaam;ProvinciecodePV;Provincienaam;OpgegaanInGM;Datum\n"
        "GM0060;Ameland;PV21;Fryslân;GM2001;2027-01-01\n"
        "GM0093;Terschelling;PV21;Fryslân;GM2001;2027-01-01\n",
        encoding="utf-8",
    )
    call_command(
        "load_municipalities", str(current), "--changes", str(changes), "--as-of", "2027-01-01"
    )

    new = Municipality.objects.get(code="GM2001")
    assert new.active and new.province.name == "Fryslân"
    ameland = Municipality.objects.get(code="GM0060")
    assert not ameland.active and ameland.successor == new
    assert str(ameland.ended_on) == "2027-01-01"
    assert Municipality.objects.get(code="GM0392").name == "Haarlem aan Zee"
    assert Municipality.objects.filter(active=True).count() == 341
    # Older history is kept.
    assert Municipality.objects.get(code="GM0457").successor.code == "GM0363"


def test_command_is_idempotent(municipalities, capsys):
    call_command("load_municipalities")
    assert "0 added, 0 renamed, 0 ended, 342 unchanged." in capsys.readouterr().out


def test_cbs_codes_without_prefix_and_comma_files_are_read(db, tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text(
        "gemeentecode,gemeente,provinciecode,provincie\n363,Amsterdam,27,Noord-Holland\n"
    )
    changes = tmp_path / "geen-herindelingen.csv"
    changes.write_text("GemeentecodeGM;Gemeentenaam;ProvinciecodePV;Provincienaam;OpgegaanInGM\n")
    call_command("load_municipalities", str(path), "--changes", str(changes))
    assert Municipality.objects.get(code="GM0363").province.code == "PV27"


def test_a_bad_file_is_refused_with_a_message(db, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("naam;iets\nAmsterdam;1\n")
    with pytest.raises(CommandError, match="missing columns"):
        call_command("load_municipalities", str(path))
    with pytest.raises(CommandError, match="no such file"):
        call_command("load_municipalities", str(tmp_path / "missing.csv"))
    assert not Municipality.objects.exists()
