"""Helpers for the section tests: the Dutch and English home pages, and translating a page
the way wagtail-localize leaves it (a copy in the other locale, published)."""

from wagtail.models import Locale

from home.models import HomePage


def home(language="nl"):
    return HomePage.objects.get(locale__language_code=language)


def translate(page, language="en", **changes):
    """A published copy of `page` under its parent's translation, with `changes` applied."""
    locale = Locale.objects.get(language_code=language)
    copy = page.copy_for_translation(locale, copy_parents=False).specific
    for name, value in changes.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy
