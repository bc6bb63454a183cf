"""Interface strings: Dutch msgids, a complete English catalogue and a complete Dutch one.

The project's catalogue is `locale/`; an app may keep its own strings in `<app>/locale/`
(Django finds it because the app is installed), so sections added in parallel never edit the
same catalogue. Every catalogue is held to the same rules."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

BASE = Path(settings.BASE_DIR)
LOCALE_DIR = BASE / "locale"
APP_LOCALE_DIRS = sorted(
    path.parent
    for path in BASE.glob("*/locale")
    if path.parent.name not in {"locale", ".venv", "var"} and (path.parent / "apps.py").exists()
)
CATALOGUE_DIRS = [LOCALE_DIR] + [app / "locale" for app in APP_LOCALE_DIRS]
TRANSLATE_TAG = re.compile(r"""{%\s*translate\s+(["'])(.+?)\1""")


def catalogue(language, locale_dir=LOCALE_DIR):
    return polib.pofile(str(locale_dir / language / "LC_MESSAGES" / "django.po"))


def all_msgids(language="en"):
    return {entry.msgid for folder in CATALOGUE_DIRS for entry in catalogue(language, folder)}


def test_project_catalogue_is_large():
    assert len(catalogue("en")) > 100


@pytest.mark.parametrize("locale_dir", CATALOGUE_DIRS, ids=str)
@pytest.mark.parametrize("language", ["en", "nl"])
def test_catalogue_is_complete(language, locale_dir):
    po = catalogue(language, locale_dir)
    assert not po.metadata_is_fuzzy
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert untranslated == [], f"untranslated in {language}: {untranslated}"
    assert fuzzy == [], f"fuzzy in {language}: {fuzzy}"


@pytest.mark.parametrize("locale_dir", CATALOGUE_DIRS, ids=str)
def test_dutch_catalogue_keeps_the_dutch_msgids(locale_dir):
    # makemessages fills a new Dutch entry from a similar old one; the Dutch text is the msgid.
    wrong = [
        e.msgid
        for e in catalogue("nl", locale_dir)
        if not e.msgid_plural and e.msgstr and e.msgstr != e.msgid
    ]
    assert wrong == []


@pytest.mark.parametrize("locale_dir", CATALOGUE_DIRS, ids=str)
def test_english_differs_from_dutch_where_it_should(locale_dir):
    po = catalogue("en", locale_dir)
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
    allowed |= {"Online", "online", "Trainer", "trainer", "Training", "training", "account"}
    assert same <= allowed, same - allowed


@pytest.mark.parametrize("locale_dir", CATALOGUE_DIRS, ids=str)
def test_both_catalogues_have_the_same_messages(locale_dir):
    english = {e.msgid for e in catalogue("en", locale_dir)}
    assert english == {e.msgid for e in catalogue("nl", locale_dir)}


def test_every_template_string_is_in_the_catalogue():
    msgids = all_msgids()
    missing = []
    for path in BASE.glob("**/templates/**/*.html"):
        if path.relative_to(BASE).parts[0] in {".venv", "var", "node_modules", "tests"}:
            continue
        for _quote, text in TRANSLATE_TAG.findall(path.read_text()):
            if text not in msgids:
                missing.append(f"{path.relative_to(BASE)}: {text}")
    assert missing == [], "run `make messages` after makemessages and translate: " + str(missing)


def test_compiled_catalogue_is_used():
    with translation.override("en"):
        assert translation.gettext("Zoek in de gidsen") == "Search the guides"
        assert translation.ngettext("%(counter)s gids", "%(counter)s gidsen", 2) == (
            "%(counter)s guides"
        )
    with translation.override("nl"):
        assert translation.gettext("Zoek in de gidsen") == "Zoek in de gidsen"
