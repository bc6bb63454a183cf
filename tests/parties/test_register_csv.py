"""Staff import and export the register as CSV in the admin."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from parties.factories import LocalPartyFactory
from parties.models import LocalParty, PartyStatus

pytestmark = pytest.mark.django_db

IMPORT_URL = reverse("parties_localparty:import")


def upload(client, text, name="register.csv"):
    file = SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")
    return client.post(IMPORT_URL, {"file": file})


GOOD_FILE = (
    "naam;korte_naam;gemeenten;provincie;website;in_aanmerking;status;notities\n"
    "Nieuwe Lijst Zwolle;NLZ;Zwolle;;nlz.example.nl;ja;actief;\n"
    "Kustlijst;KL;GM0383|Uitgeest;Noord-Holland;;;;twee gemeenten\n"
    "Oude Partij;;Deventer;Overijssel;;nee;opgeheven;\n"
)


def test_import_page_is_in_the_admin_with_the_column_help(staff_client):
    response = staff_client.get(IMPORT_URL)
    assert response.status_code == 200
    assert "gefuseerd_in" in response.content.decode()


def test_a_good_file_is_imported(staff_client, municipalities):
    response = upload(staff_client, GOOD_FILE)
    assert response.status_code == 302
    zwolle = LocalParty.objects.get(name="Nieuwe Lijst Zwolle")
    assert zwolle.province.name == "Overijssel"  # from its municipality
    assert zwolle.website == "https://nlz.example.nl"
    coast = LocalParty.objects.get(name="Kustlijst")
    assert {m.name for m in coast.municipalities.all()} == {"Castricum", "Uitgeest"}
    old = LocalParty.objects.get(name="Oude Partij")
    assert old.status == PartyStatus.DISSOLVED and not old.eligible
    messages = [
        str(m) for m in staff_client.get(reverse("parties_localparty:index")).context["messages"]
    ]
    assert any("3 partijen toegevoegd" in m for m in messages)


def test_a_file_with_errors_reports_each_line_and_imports_nothing(staff_client, municipalities):
    before = LocalParty.objects.count()
    text = (
        "naam;gemeenten;provincie;website;in_aanmerking;status;gefuseerd_in\n"
        "Goede Partij;Zwolle;;;;;\n"  # line 2 is fine
        ";Zwolle;;;;;\n"  # 3: no name
        "Lijst Nergens;Atlantis;;;;;\n"  # 4: unknown municipality
        "Lijst Web;Ede;;ht!tp://x;;;\n"  # 5: bad website
        "Lijst Ja;Ede;;;misschien;;\n"  # 6: bad yes/no
        "Lijst Status;Ede;;;;weg;\n"  # 7: bad status
        "Lijst Fusie;Ede;;;;gefuseerd;\n"  # 8: merged without target
        "Lijst Provincie;Ede;Atlantis;;;;\n"  # 9: unknown province
        "Goede Partij;Zwolle;;;;;\n"  # 10: same as line 2
    )
    response = upload(staff_client, text)
    assert response.status_code == 400
    errors = response.context["errors"]
    assert [error.line for error in errors] == [3, 4, 5, 6, 7, 8, 9, 10]
    html = response.content.decode()
    assert "er is niets geïmporteerd" in html
    assert "Onbekende gemeente “Atlantis”" in html
    assert "regel 2" in html
    assert LocalParty.objects.count() == before


def test_a_file_with_wrong_columns_or_not_text_is_refused(staff_client, municipalities):
    response = upload(staff_client, "partij,plaats\nX,Y\n")
    assert response.status_code == 400
    assert "ontbrekende kolommen: gemeenten, naam" in response.content.decode()
    response = upload(staff_client, "")
    assert response.status_code == 200  # an empty upload is a form error on the field
    assert "Het verstuurde bestand is leeg." in response.content.decode()
    file = SimpleUploadedFile("x.csv", b"\x00\xff\xfe\x81" * 10)
    response = staff_client.post(IMPORT_URL, {"file": file})
    assert response.status_code == 400


def test_export_is_a_csv_that_imports_back_unchanged(staff_client, municipalities):
    party = LocalPartyFactory(
        name="Exportlijst",
        province=municipalities["GM0344"].province,
        municipalities=[municipalities["GM0344"], municipalities["GM0356"]],
        notes="met; puntkomma",
    )
    response = staff_client.get(reverse("parties_localparty:export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    (row,) = [r for r in rows if r["naam"] == "Exportlijst"]
    assert row["gemeenten"] == "Nieuwegein|Utrecht"
    assert row["provincie"] == "Utrecht" and row["in_aanmerking"] == "ja"
    assert row["id"] == str(party.pk)

    count = LocalParty.objects.count()
    response = upload(staff_client, text)
    assert response.status_code == 302
    assert LocalParty.objects.count() == count
    party.refresh_from_db()
    assert party.notes == "met; puntkomma"


def test_a_member_without_permission_cannot_import_or_export(client, django_user_model):
    user = django_user_model.objects.create_user("lid", "lid@example.org", "geheim-wachtwoord-1")
    client.force_login(user)
    assert client.get(IMPORT_URL).status_code == 302  # to the admin login: no admin access
    assert client.get(reverse("parties_localparty:export")).status_code == 302
