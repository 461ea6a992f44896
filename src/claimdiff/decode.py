"""Bytes to text: BOMs, UTF-8, UTF-16, a Windows-1252 fallback, and refusal of binary files."""

from __future__ import annotations

import codecs
from pathlib import Path

from claimdiff.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Magic numbers of common binary formats people may pass by mistake.
_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or a Word/OpenDocument file)",
    b"\x7fELF": "an executable",
    b"\x1f\x8b": "a gzip archive",
}


def decode(data: bytes, path: Path | str) -> str:
    """Decode an article's bytes, or raise InputError naming the file."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"not valid {encoding.upper()} text ({exc.reason})") from None
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(path, f"this is {what}, not an article; claimdiff reads .txt, .md and .html")
    if b"\x00" in data[:8192]:
        guessed = _utf16_without_bom(data)
        if guessed is not None:
            return guessed
        raise InputError(path, "binary file (NUL bytes); claimdiff reads .txt, .md and .html")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows NUL in every other byte; try both byte orders."""
    sample = data[:4096]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = max(len(sample) // 2, 1)
    for zeros, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros > 0.4 * half:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None
