"""Interface strings: Dutch msgids, a complete English catalogue and a complete Dutch one."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
TEMPLATE_DIRS = ["templates", "home/templates", "guides/templates", "search/templates"]
TRANSLATE_TAG = re.compile(r"""{%\s*translate\s+(["'])(.+?)\1""")


def catalogue(language):
    return polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("language", ["en", "nl"])
def test_catalogue_is_complete(language):
    po = catalogue(language)
    assert len(po) > 100
    assert not po.metadata_is_fuzzy
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert untranslated == [], f"untranslated in {language}: {untranslated}"
    assert fuzzy == [], f"fuzzy in {language}: {fuzzy}"


def test_english_differs_from_dutch_where_it_should():
    po = catalogue("en")
    same = {e.msgid for e in po if not e.msgid_plural and e.msgstr == e.msgid}
    # Names and words that are the same in both languages; everything else is translated.
    allowed = {
        "Checklist",
        "Contact",
        "Document",
        "document",
        "Facebook",
        "Instagram",
        "LinkedIn",
        "Site",
    }
    allowed |= {
        "Dossier",
        "Link",
        "Status",
        "Tip",
        "Video",
        "Website",
        "X (Twitter)",
        "YouTube",
        "dossier",
        "dossiers",
        "link",
        "status",
        "tags",
    }
    assert same <= allowed, same - allowed


def test_both_catalogues_have_the_same_messages():
    assert {e.msgid for e in catalogue("en")} == {e.msgid for e in catalogue("nl")}


def test_every_template_string_is_in_the_catalogue():
    msgids = {entry.msgid for entry in catalogue("en")}
    base = Path(settings.BASE_DIR)
    missing = []
    for folder in TEMPLATE_DIRS:
        for path in (base / folder).rglob("*.html"):
            for _quote, text in TRANSLATE_TAG.findall(path.read_text()):
                if text not in msgids:
                    missing.append(f"{path.relative_to(base)}: {text}")
    assert missing == [], "run `make messages` after makemessages and translate: " + str(missing)


def test_compiled_catalogue_is_used():
    with translation.override("en"):
        assert translation.gettext("Zoek in de gidsen") == "Search the guides"
        assert translation.ngettext("%(counter)s gids", "%(counter)s gidsen", 2) == (
            "%(counter)s guides"
        )
    with translation.override("nl"):
        assert translation.gettext("Zoek in de gidsen") == "Zoek in de gidsen"
