"""Write small but real PDF files without a PDF library: text pages laid out like a journal
paper (running header, page number, one or two columns, lines broken with hyphens), an
optional document information dictionary, or an image-only page (a scan with no text layer).

Used by benchmarks/draft_speed.py (a 40-page paper) and by the tests of `claimdiff draft`.
Content streams are Flate-compressed, as publishers write them; the font is Helvetica
(one of the 14 standard fonts, so no font file is embedded).
"""

from __future__ import annotations

import textwrap
import zlib
from collections.abc import Sequence
from pathlib import Path

PAGE_W, PAGE_H = 612, 792
MARGIN = 54
LEADING = 11.5
SIZE = 9


def _escape(text: str) -> bytes:
    """A PDF literal string for WinAnsi text (characters outside it become '?')."""
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _pdf_date(value: str) -> bytes:
    """'2021-07-01' -> D:20210701000000Z."""
    return b"D:" + value.replace("-", "").encode() + b"000000Z"


def _wrap(paragraphs: Sequence[str], width: int) -> list[str]:
    """Lines of at most `width` characters; a long word is broken with a hyphen now and then,
    as typeset papers do."""
    lines: list[str] = []
    for index, para in enumerate(paragraphs):
        wrapped = textwrap.wrap(para, width, break_long_words=False)
        out: list[str] = []
        for line in wrapped:
            if out and len(out) % 4 == 3:  # hyphenate the first word of every 4th line
                first, _, rest = line.partition(" ")
                if len(first) >= 8 and first.isalpha():
                    cut = len(first) // 2
                    out[-1] += " " + first[:cut] + "-"
                    line = first[cut:] + (" " + rest if rest else "")
            out.append(line)
        lines.extend(out)
        if index < len(paragraphs) - 1:
            lines.append("")
    return lines


def page_stream(
    paragraphs: Sequence[str], header: str = "", number: int | None = None, columns: int = 1
) -> bytes:
    """The content stream of one text page."""
    ops: list[bytes] = [b"BT", b"/F1 %d Tf" % SIZE, b"%.1f TL" % LEADING]
    if header:
        ops += [b"1 0 0 1 %d %d Tm" % (MARGIN, PAGE_H - 36), b"(" + _escape(header) + b") Tj"]
    col_w = (PAGE_W - 2 * MARGIN - (columns - 1) * 18) / columns
    chars = int(col_w / (SIZE * 0.5))
    lines = _wrap(paragraphs, chars)
    per_col = int((PAGE_H - 2 * MARGIN - 20) / LEADING)
    for col in range(columns):
        chunk = lines[col * per_col : (col + 1) * per_col]
        if not chunk:
            break
        x = MARGIN + col * (col_w + 18)
        ops.append(b"1 0 0 1 %.1f %d Tm" % (x, PAGE_H - MARGIN - 20))
        for line in chunk:
            ops.append(b"(" + _escape(line) + b") '")
    if number is not None:
        ops += [b"1 0 0 1 %d %d Tm" % (PAGE_W // 2, 30), b"(%d) Tj" % number]
    ops.append(b"ET")
    return b"\n".join(ops)


def write_pdf(
    path: Path,
    pages: Sequence[Sequence[str]],
    *,
    info: dict[str, str] | None = None,
    header: str = "",
    columns: int = 1,
    scanned: bool = False,
) -> Path:
    """Write a PDF: one page per list of paragraphs. `info` fills the document information
    dictionary (Title, Author, Subject, Keywords, CreationDate as 'YYYY-MM-DD'); `scanned`
    writes each page as a grey image with no text at all."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes, extra: bytes = b"") -> bytes:
        packed = zlib.compress(data)
        return (
            b"<< /Length %d /Filter /FlateDecode %s>>\nstream\n" % (len(packed), extra)
            + packed
            + b"\nendstream"
        )

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pages_id = len(objects) + 1
    add(b"")  # the page tree, filled in below
    kids: list[int] = []
    for number, paragraphs in enumerate(pages, 1):
        if scanned:
            w, h = 200, 260
            image = add(
                stream(
                    bytes((x * 7 + y * 3) % 256 for y in range(h) for x in range(w)),
                    b"/Type /XObject /Subtype /Image /Width %d /Height %d "
                    b"/ColorSpace /DeviceGray /BitsPerComponent 8 " % (w, h),
                )
            )
            content = add(stream(b"q %d 0 0 %d 0 0 cm /Im1 Do Q" % (PAGE_W, PAGE_H)))
            resources = b"<< /XObject << /Im1 %d 0 R >> >>" % image
        else:
            content = add(stream(page_stream(paragraphs, header, number, columns)))
            resources = b"<< /Font << /F1 %d 0 R >> >>" % font
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                b"/Resources %s >>" % (pages_id, PAGE_W, PAGE_H, content, resources)
            )
        )
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info_id = None
    if info:
        fields = []
        for key, value in info.items():
            if key == "CreationDate":
                fields.append(b"/CreationDate (" + _pdf_date(value) + b")")
            else:
                fields.append(b"/" + key.encode() + b" (" + _escape(value) + b")")
        info_id = add(b"<< " + b" ".join(fields) + b" >>")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    trailer = b"<< /Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
    if info_id:
        trailer += b" /Info %d 0 R" % info_id
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(bytes(out))
    return path
