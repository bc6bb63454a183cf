"""How the shared blocks with their own API representation look in the API. The blocks'
`get_api_representation` return these, and API v3's OpenAPI document types them from the
annotation (api/streamfield_schema.py), so a generated client knows every field."""

from typing_extensions import TypedDict

from .renditions import ImageRepresentation


class ImageBlockRepresentation(TypedDict):
    image: ImageRepresentation | None
    alt: str
    caption: str


class DocumentBlockRepresentation(TypedDict):
    id: int
    title: str
    description: str
    download_url: str
    file_extension: str
    file_size: int | None


class VideoBlockRepresentation(TypedDict):
    url: str | None
    title: str
    transcript: str


class TableBlockRepresentation(TypedDict):
    caption: str
    header: list[str | None]
    rows: list[list[str | None]]
    first_col_is_header: bool
