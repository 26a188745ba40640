"""A tiny PDF writer for the demo documents: one A4 page of text, no dependencies.

The output is a valid PDF 1.4 file (cross-reference table with exact byte offsets) using
the standard Helvetica fonts with WinAnsi encoding, so German umlauts print correctly.
It is deterministic: the same input always gives the same bytes.
"""

import textwrap

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 64
WRAP = 86  # characters per body line at 11 pt


def _pdf_string(text: str) -> bytes:
    """A literal string in WinAnsi (cp1252); characters outside it become ``?``."""
    raw = text.encode("cp1252", errors="replace")
    raw = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + raw + b")"


def _info_string(text: str) -> bytes:
    """A text string for the document information dictionary (UTF-16BE with BOM)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _content_stream(title: str, subtitle: str, paragraphs: list[str], footer: str) -> bytes:
    ops = [b"BT"]
    y = PAGE_HEIGHT - MARGIN - 20

    def line(font: bytes, size: int, text: str, leading: int):
        nonlocal y
        ops.append(
            b"/%s %d Tf 1 0 0 1 %d %d Tm " % (font, size, MARGIN, y) + _pdf_string(text) + b" Tj"
        )
        y -= leading

    for part in textwrap.wrap(title, 46):
        line(b"F2", 20, part, 26)
    y -= 6
    for part in textwrap.wrap(subtitle, 70):
        line(b"F1", 13, part, 18)
    y -= 18
    for paragraph in paragraphs:
        for part in textwrap.wrap(paragraph, WRAP) or [""]:
            if y < MARGIN + 40:
                break
            line(b"F1", 11, part, 15)
        y -= 9
    y = MARGIN
    line(b"F1", 9, footer, 12)
    ops.append(b"ET")
    return b"\n".join(ops) + b"\n"


def build_pdf(title: str, subtitle: str = "", paragraphs=(), footer: str = "") -> bytes:
    """One page with a bold title, a subtitle, wrapped paragraphs and a footer line."""
    stream = _content_stream(title, subtitle, list(paragraphs), footer)
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
        b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>"
        % (PAGE_WIDTH, PAGE_HEIGHT),
        font % b"Helvetica",
        font % b"Helvetica-Bold",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Title " + _info_string(title) + b" /Producer (Smart City Dialog demo content) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objects) + 1)
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (len(objects) + 1, len(objects))
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)
