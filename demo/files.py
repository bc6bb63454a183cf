"""Files for the demo site, made on the spot: abstract illustrations and small PDF templates."""

import hashlib
import io
import random
import textwrap

from PIL import Image, ImageDraw

PALETTE = ["#123c69", "#1e6b30", "#8a5a00", "#0b4f8a", "#6b2d5c", "#ac3b61", "#2d6a6a"]


def illustration_png(key, width=1200, height=675):
    """An abstract, calm illustration whose shapes and colours follow from `key`."""
    rng = random.Random(hashlib.sha256(key.encode()).hexdigest())
    background = "#e8eef5"
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    for _ in range(9):
        colour = rng.choice(PALETTE)
        x, y = rng.randrange(width), rng.randrange(height)
        radius = rng.randrange(60, 260)
        if rng.random() < 0.5:
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)
        else:
            draw.rounded_rectangle((x, y, x + radius * 2, y + radius), radius=24, fill=colour)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _pdf_text(text):
    encoded = text.encode("cp1252", errors="replace").decode("latin-1")
    return encoded.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def simple_pdf(title, paragraphs):
    """A one-page A4 PDF with a title and wrapped paragraphs (Helvetica, WinAnsi encoding)."""
    lines = [("F2", 16, title), ("F1", 11, "")]
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, 90) or [""]:
            lines.append(("F1", 11, line))
        lines.append(("F1", 11, ""))
    content = ["BT", "56 790 Td"]
    for font, size, line in lines[:60]:
        content.append(f"/{font} {size} Tf 0 -{size + 5} Td ({_pdf_text(line)}) Tj")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()
