"""Bytes to text: BOMs, UTF-8, UTF-16/32, a Windows-1252 fallback, and refusal of binary files.

The text is returned exactly as decoded (line endings untouched): every offset claimdiff
reports points into it.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from claimdiff.errors import InputError

_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Magic numbers of binary formats people may pass by mistake: (offset, bytes, what).
_MAGIC = (
    (0, b"%PDF", "a PDF document"),
    (0, b"\x89PNG", "a PNG image"),
    (0, b"\xff\xd8\xff", "a JPEG image"),
    (0, b"GIF87a", "a GIF image"),
    (0, b"GIF89a", "a GIF image"),
    (0, b"II*\x00", "a TIFF image"),
    (0, b"MM\x00*", "a TIFF image"),
    (0, b"RIFF", "a RIFF file (WebP image, WAV or AVI)"),
    (4, b"ftyp", "a video or HEIC/AVIF image"),
    (0, b"OggS", "an Ogg media file"),
    (0, b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument/EPUB file)"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (0, b"\x1f\x8b", "a gzip archive"),
    (0, b"\xfd7zXZ\x00", "an xz archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (0, b"Rar!", "a RAR archive"),
    (0, b"SQLite format 3\x00", "an SQLite database"),
    (0, b"\x7fELF", "an executable"),
    (0, b"\xca\xfe\xba\xbe", "a compiled program"),
    (0, b"\x00asm", "a WebAssembly module"),
    (0, b"wOFF", "a font"),
    (0, b"wOF2", "a font"),
)
_READS = "claimdiff reads .txt, .md and .html articles"
# Control bytes that never occur in text (tab, line breaks, form feed and ESC excepted).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
_SAMPLE = 8192
_NON_ASCII = re.compile(rb"[\x80-\xff]+")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and the encoding it was read with (for messages and metadata)."""

    text: str
    encoding: str


def decode(data: bytes, path: Path | str) -> str:
    """Decode an article's bytes, or raise InputError naming the file."""
    return decode_bytes(data, path).text


def decode_bytes(data: bytes, path: Path | str) -> Decoded:
    """Decode with the encoding the bytes declare (BOM) or show; refuse binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            # A BOM is a clear statement; bad sequences after it become U+FFFD.
            return Decoded(data[len(bom) :].decode(encoding, errors="replace"), encoding)
    for offset, magic, what in _MAGIC:
        if data[offset : offset + len(magic)] == magic:
            raise InputError(path, f"this is {what}, not an article; {_READS}")
    sample = data[:_SAMPLE]
    nuls = sample.count(0)
    if nuls:
        guessed = _utf16_or_32_without_bom(data)
        if guessed is not None:
            return guessed
    # A few stray control bytes are text that was scraped badly (they are shown as ␀, ␇);
    # more than a few in every hundred bytes is a binary file.
    if nuls > _few(len(sample)):
        raise InputError(path, f"binary file (NUL bytes), not an article; {_READS}")
    if sum(sample.count(bytes([b])) for b in _CONTROL) > _few(len(sample)):
        raise InputError(path, f"binary file (control bytes), not an article; {_READS}")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _mixed_or_legacy(data)


def _few(size: int) -> int:
    """How many NUL or control bytes a text of `size` bytes may hold (2%, at least 8)."""
    return max(8, size // 50)


def _mixed_or_legacy(data: bytes) -> Decoded:
    """Invalid UTF-8: mostly UTF-8 with a few stray bytes, or a Windows-1252/Latin-1 file."""
    valid = invalid = 0
    for run in _NON_ASCII.finditer(data, 0, 1 << 20):
        chars = run.group().decode("utf-8", errors="replace")
        bad = chars.count("\ufffd")
        invalid += bad
        valid += len(chars) - bad
    if valid > invalid:
        return Decoded(data.decode("utf-8", errors="claimdiff-cp1252"), "utf-8 (with stray bytes)")
    return Decoded(data.decode("cp1252", errors="claimdiff-latin1"), "windows-1252")


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Error handler: read bytes that are not UTF-8 as Windows-1252 (else Latin-1)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return bad.decode("cp1252", errors="claimdiff-latin1"), exc.end


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Error handler: the five bytes Windows-1252 leaves undefined read as Latin-1."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error("claimdiff-cp1252", _cp1252_fallback)
codecs.register_error("claimdiff-latin1", _latin1_fallback)


def _utf16_or_32_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 text without a BOM shows NUL in every other byte (UTF-32: three in four)."""
    sample = data[:4096]
    if len(sample) < 2:
        return None
    quarters = [sample[k::4].count(0) for k in range(4)]
    fourth = max(len(sample) // 4, 1)
    if quarters[1] + quarters[2] + quarters[3] > 2.4 * fourth and quarters[0] < 0.5 * fourth:
        candidates = ["utf-32-le"]
    elif quarters[0] + quarters[1] + quarters[2] > 2.4 * fourth and quarters[3] < 0.5 * fourth:
        candidates = ["utf-32-be"]
    else:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        half = max(len(sample) // 2, 1)
        candidates = []
        if odd > 0.4 * half and even < 0.1 * half:
            candidates.append("utf-16-le")
        if even > 0.4 * half and odd < 0.1 * half:
            candidates.append("utf-16-be")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return Decoded(text, encoding)
    return None
