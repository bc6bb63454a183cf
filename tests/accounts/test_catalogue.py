"""The member pages' template strings are in both catalogues (tests/i18n checks the others)."""

import re
from pathlib import Path

import polib
from django.conf import settings

TEMPLATE_DIRS = ["accounts/templates", "parties/templates"]
# The project's catalogue and the app's own (accounts/locale: the two-factor pages).
CATALOGUES = ["locale/en/LC_MESSAGES/django.po", "accounts/locale/en/LC_MESSAGES/django.po"]
TRANSLATE_TAG = re.compile(r"""{%\s*translate\s+(["'])(.+?)\1""")


def test_every_member_template_string_is_translated():
    base = Path(settings.BASE_DIR)
    translated = {
        entry.msgid
        for catalogue in CATALOGUES
        for entry in polib.pofile(str(base / catalogue))
        if entry.translated()
    }
    missing = [
        f"{path.relative_to(base)}: {text}"
        for folder in TEMPLATE_DIRS
        for path in (base / folder).rglob("*.*")
        if path.suffix in {".html", ".txt"}
        for _quote, text in TRANSLATE_TAG.findall(path.read_text())
        if text not in translated
    ]
    assert missing == []
