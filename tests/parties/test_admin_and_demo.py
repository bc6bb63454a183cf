"""The register in the admin, and the demo parties."""

import pytest
from django.urls import reverse

from parties.demo import DEMO_PARTIES, load_demo_parties
from parties.models import LocalParty, PartyStatus

pytestmark = pytest.mark.django_db


def test_staff_list_search_and_edit_parties(staff_client, municipalities):
    load_demo_parties()
    index = reverse("parties_localparty:index")
    response = staff_client.get(index)
    assert response.status_code == 200
    html = response.content.decode()
    for label in ("Importeren", "Exporteren (CSV)", "Fuseren", "Achterhoek Anders"):
        assert label in html
    found = staff_client.get(index, {"q": "Hengelo"}).content.decode()
    assert "Twentse Kern" in found and "Polderlicht" not in found
    party = LocalParty.objects.get(name="Twentse Kern")
    assert staff_client.get(reverse("parties_localparty:edit", args=[party.pk])).status_code == 200
    assert staff_client.get(reverse("parties_municipality:index")).status_code == 200


def test_merged_status_needs_a_target_in_the_admin_form(staff_client, municipalities):
    party = load_demo_parties()["Twentse Kern"]
    response = staff_client.post(
        reverse("parties_localparty:edit", args=[party.pk]),
        {
            "name": party.name,
            "municipalities": [municipalities["GM0164"].pk],
            "province": party.province_id,
            "status": PartyStatus.MERGED,
            "eligible": "on",
        },
    )
    assert response.status_code == 200
    assert "Kies de partij waarin deze partij is opgegaan." in response.content.decode()


def test_demo_parties_are_fictional_spread_and_loaded_once(db):
    parties = load_demo_parties()
    load_demo_parties()
    assert LocalParty.objects.count() == len(DEMO_PARTIES) >= 30
    assert LocalParty.objects.values("province").distinct().count() == 12
    assert LocalParty.objects.public().count() >= 30
    assert parties["Esdorpen Eensgezind"].merged_into == parties["Esdorpen Lokaal"] or (
        LocalParty.objects.get(name="Esdorpen Eensgezind").merged_into == parties["Esdorpen Lokaal"]
    )
    assert LocalParty.objects.get(name="Wadden Samen").municipalities.count() == 4
