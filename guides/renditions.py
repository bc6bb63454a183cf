"""How an image appears in the API: a ready-made rendition per size a front end needs."""

RENDITION_SPECS = {
    "small": "max-480x480|format-webp",
    "medium": "max-960x960|format-webp",
    "large": "max-1920x1920|format-webp",
}
DEFAULT_SIZE = "medium"


def rendition_api_representation(rendition, alt):
    return {
        "url": rendition.full_url,
        "width": rendition.width,
        "height": rendition.height,
        "alt": alt,
    }


def image_api_representation(image, alt=None):
    """`url`, `width`, `height` and `alt` of the default size, plus every size by name."""
    if image is None:
        return None
    alt = alt if alt is not None else getattr(image, "default_alt_text", "") or image.title
    renditions = image.get_renditions(*RENDITION_SPECS.values())
    sizes = {
        name: rendition_api_representation(renditions[spec], alt)
        for name, spec in RENDITION_SPECS.items()
    }
    return {"id": image.id, **sizes[DEFAULT_SIZE], "renditions": sizes}
