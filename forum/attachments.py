"""An attachment is checked by what its bytes are, not by its name or the browser's word:
images must open in Pillow as PNG, JPEG, GIF or WebP; a PDF must start with the PDF header."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

IMAGE_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg", "GIF": "image/gif", "WEBP": "image/webp"}
PDF = "application/pdf"


def content_type_of(upload):
    if upload.size > settings.FORUM_ATTACHMENT_MAX_BYTES:
        limit = filesizeformat(settings.FORUM_ATTACHMENT_MAX_BYTES)
        raise ValidationError(_("Het bestand is groter dan %(limit)s.") % {"limit": limit})
    upload.seek(0)
    head = upload.read(5)
    upload.seek(0)
    if head == b"%PDF-":
        return PDF
    try:
        with Image.open(upload) as image:
            image_format = image.format
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            _("Alleen afbeeldingen (PNG, JPEG, GIF, WebP) en PDF-bestanden kunnen mee.")
        ) from error
    finally:
        upload.seek(0)
    if image_format not in IMAGE_TYPES:
        raise ValidationError(
            _("Alleen afbeeldingen (PNG, JPEG, GIF, WebP) en PDF-bestanden kunnen mee.")
        )
    return IMAGE_TYPES[image_format]
