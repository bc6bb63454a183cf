"""Demo register: about thirty fictional local parties across the provinces.

The names are made up (no real party's name); municipalities are real, from the CBS list.
`load_demo_parties()` is an upsert on the party's name: running it again creates nothing twice.
"""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from accounts.models import MemberProfile

from .models import LocalParty, Membership, MembershipStatus, Municipality, PartyStatus
from .municipalities import ensure_municipalities

# (name, short name, municipality codes, eligible, merged into or "dissolved", notes)
DEMO_PARTIES = [
    ("Stadspartij Noorderlicht", "Noorderlicht", ["GM0014"], True, "", ""),
    ("Wierdenland Vooruit", "WV", ["GM1966"], True, "", ""),
    ("Elfsteden Belang", "EB", ["GM1900"], True, "", ""),
    (
        "Wadden Samen",
        "WS",
        ["GM0060", "GM0093", "GM0096", "GM0088"],
        True,
        "",
        "Regionale lijst voor de vier Friese Waddeneilanden.",
    ),
    ("Esdorpen Lokaal", "EL", ["GM1680"], True, "", ""),
    ("Hunebedpartij Borger-Odoorn", "HBO", ["GM1681"], True, "", ""),
    ("Vechtdal Verbonden", "VV", ["GM0160", "GM0175"], True, "", ""),
    ("Twentse Kern", "TK", ["GM0164"], True, "", ""),
    ("Polderlicht Almere", "Polderlicht", ["GM0034"], True, "", ""),
    ("Nieuw Land Lokaal", "NLL", ["GM0303"], True, "", ""),
    ("Veluwse Stem", "VS", ["GM0233"], True, "", ""),
    ("Betuwe Bloeit", "BB", ["GM1960"], True, "", ""),
    ("Achterhoek Anders", "AA", ["GM0197", "GM0294"], True, "", ""),
    ("Nijmegen Nu en Straks", "NNS", ["GM0268"], True, "", ""),
    ("Heuvelrug Heel", "HH", ["GM1581"], True, "", ""),
    ("Domstad Dichtbij", "DD", ["GM0344"], True, "", ""),
    ("Lekstroom Lokaal", "LL", ["GM1961"], True, "", ""),
    ("Duin en Polder Castricum", "DPC", ["GM0383"], True, "", ""),
    ("Zaanse Zaak", "ZZ", ["GM0479"], True, "", ""),
    ("Gooise Gezond Verstand", "GGV", ["GM1942"], True, "", ""),
    ("Maasmond Midden", "MM", ["GM0606"], True, "", ""),
    ("Groene Hart Gewoon", "GHG", ["GM1931"], True, "", ""),
    ("Hofstad Heden", "HoH", ["GM0518"], True, "", ""),
    ("Zeeuws Getij", "ZG", ["GM0717"], True, "", ""),
    ("Scheldekracht", "SK", ["GM0715"], True, "", ""),
    (
        "Kempenkracht",
        "KK",
        ["GM1728", "GM0770", "GM1667"],
        True,
        "",
        "Samenwerkende lijst in drie Kempengemeenten.",
    ),
    ("Baronie Betrokken", "BaBe", ["GM0758"], True, "", ""),
    ("Meierij Morgen", "MeMo", ["GM1948"], True, "", ""),
    ("Heuvelland Hart", "HeHa", ["GM1729"], True, "", ""),
    ("Maasdal Vooruit", "MV", ["GM0983"], True, "", ""),
    ("Mijnstreek Met Elkaar", "MME", ["GM0917"], True, "", ""),
    (
        "Vrije Kiezers Kampen",
        "VKK",
        ["GM0166"],
        False,
        "",
        "Afdeling van een partij met zetels in de Tweede Kamer: komt niet in aanmerking.",
    ),
    (
        "Esdorpen Eensgezind",
        "EE",
        ["GM1680"],
        True,
        "Esdorpen Lokaal",
        "In 2025 opgegaan in Esdorpen Lokaal.",
    ),
    ("Pekela Plus", "PP", ["GM0765"], True, "dissolved", "In 2024 opgeheven."),
]


def load_demo_parties():
    """Creates or updates the demo parties (and first the municipalities, when missing)."""
    ensure_municipalities()
    municipalities = {m.code: m for m in Municipality.objects.select_related("province")}
    parties = {}
    for name, short_name, codes, eligible, _fate, notes in DEMO_PARTIES:
        places = [municipalities[code] for code in codes]
        party, _created = LocalParty.objects.update_or_create(
            name=name,
            defaults={
                "short_name": short_name,
                "province": places[0].province,
                "website": f"https://{short_name.lower()}.example.nl",
                "eligible": eligible,
                "notes": notes,
            },
        )
        party.municipalities.set(places)
        parties[name] = party
    for name, _short, _codes, _eligible, fate, _notes in DEMO_PARTIES:
        if fate == "dissolved":
            LocalParty.objects.filter(name=name).update(status=PartyStatus.DISSOLVED)
        elif fate:
            LocalParty.objects.filter(name=name).update(
                status=PartyStatus.MERGED, merged_into=parties[fate]
            )
    return parties


# (e-mail, name, language, party, role): approved members for other sections' demo content
# (forum posts, registrations). Inactive and without a password: nobody can log in as them.
DEMO_MEMBERS = [
    ("sanne.devries@demo.example", "Sanne de Vries", "nl", "Twentse Kern", "raadslid"),
    ("pieter.bakker@demo.example", "Pieter Bakker", "nl", "Zeeuws Getij", "bestuurslid"),
    ("fatima.elamrani@demo.example", "Fatima El Amrani", "nl", "Domstad Dichtbij", "wethouder"),
    ("joost.hendriks@demo.example", "Joost Hendriks", "nl", "Kempenkracht", "kandidaat"),
    ("anouk.visser@demo.example", "Anouk Visser", "nl", "Wadden Samen", "fractiemedewerker"),
    ("mark.jansen@demo.example", "Mark Jansen", "en", "Polderlicht Almere", "vrijwilliger"),
]


def load_demo_members(parties=None):
    """Creates or updates the demo members, each with an approved membership of a demo party
    (load the parties first). Returns {e-mail: user}."""
    parties = parties or {party.name: party for party in LocalParty.objects.all()}
    members = {}
    for email, name, language, party_name, role in DEMO_MEMBERS:
        user, created = get_user_model().objects.get_or_create(
            username=email, defaults={"email": email, "is_active": False}
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        MemberProfile.objects.update_or_create(
            user=user, defaults={"full_name": name, "language": language}
        )
        Membership.objects.update_or_create(
            user=user,
            party=parties[party_name],
            defaults={"role": role, "status": MembershipStatus.APPROVED},
        )
        members[email] = user
    return members
