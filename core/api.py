"""How what every page shares looks in the API: its translations and its images (serializer
fields for `api_fields`). Their return annotations are what API v3 puts in its OpenAPI
schema, so a decoupled front end gets the same typed shapes from v2 and v3."""

from rest_framework import serializers
from typing_extensions import TypedDict

from .i18n import language_codes, translations_of
from .renditions import ImageRepresentation, image_api_representation


class TranslationLink(TypedDict):
    locale: str
    id: int
    url: str | None


def translation_links(page) -> list[TranslationLink]:
    """The page's live versions in the other languages, for the API."""
    versions = translations_of(page)
    return [
        {"locale": code, "id": versions[code].id, "url": versions[code].get_full_url()}
        for code in language_codes()
        if code in versions and versions[code].id != page.id
    ]


class TranslationsField(serializers.Field):
    """API field: [{"locale", "id", "url"}] of the page's translations (not itself)."""

    def to_representation(self, value) -> list[TranslationLink]:
        return translation_links(value)


class ImageField(serializers.Field):
    """An image with renditions; alt text from the image's own default or title."""

    def to_representation(self, value) -> ImageRepresentation | None:
        return image_api_representation(value)
