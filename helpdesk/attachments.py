"""An attachment is a PDF, PNG or JPEG by its content (magic bytes), not only by its name."""

import io
import uuid

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

from . import conf

SIGNATURES = {
    "pdf": (b"%PDF-",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpg": (b"\xff\xd8\xff",),
}
EXTENSIONS = {"pdf": "pdf", "png": "png", "jpg": "jpg", "jpeg": "jpg"}
MIMETYPES = {"pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg"}


def kind_of(upload):
    """'pdf', 'png' or 'jpg'; raises ValidationError (in Dutch) for anything else."""
    if upload.size > conf.attachment_max_bytes():
        megabytes = conf.attachment_max_bytes() // (1024 * 1024)
        raise ValidationError(
            _("De bijlage is te groot: hooguit %(mb)s MB.") % {"mb": megabytes}, code="size"
        )
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    kind = EXTENSIONS.get(extension)
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if kind is None or not head.startswith(SIGNATURES[kind]):
        raise ValidationError(
            _("Voeg een PDF, PNG of JPEG toe; dit bestand is geen van die drie."), code="type"
        )
    if kind != "pdf":
        try:
            with Image.open(io.BytesIO(upload.read())) as image:
                image.verify()
        except (UnidentifiedImageError, OSError, SyntaxError):
            raise ValidationError(_("De afbeelding is beschadigd."), code="type") from None
        finally:
            upload.seek(0)
    return kind


def stored_name(kind):
    """A name of our own: the asker's file name is kept only as a label."""
    return f"{uuid.uuid4().hex}.{kind}"
