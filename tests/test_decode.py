"""Bytes to text: BOMs, UTF-16/32 without BOM, legacy encodings, and binary refusal."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.errors import InputError
from claimdiff.read.decode import decode, decode_bytes
from hostile_cases import fuzz_examples

TEXT = "Mice “recovered” after a few weeks — café, naïve, 25 °C.\r\nNext line.\rLast line."


def test_plain_utf8_is_returned_unchanged() -> None:
    assert decode(TEXT.encode("utf-8"), "a.txt") == TEXT


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_byte_order_marks_are_honoured_and_stripped(bom: bytes, encoding: str) -> None:
    decoded = decode_bytes(bom + TEXT.encode(encoding), "a.txt")
    assert decoded.text == TEXT
    assert decoded.encoding == encoding


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(encoding: str) -> None:
    assert decode(TEXT.encode(encoding), "a.txt") == TEXT


def test_utf32_without_bom_is_recognised() -> None:
    assert decode(TEXT.encode("utf-32-le"), "a.txt") == TEXT


def test_windows_1252_fallback_reads_smart_quotes() -> None:
    data = "It’s “proven”, the café said – 5 €.".encode("cp1252")
    decoded = decode_bytes(data, "a.txt")
    assert decoded.text == "It’s “proven”, the café said – 5 €."
    assert decoded.encoding == "windows-1252"


def test_latin1_bytes_undefined_in_windows_1252_do_not_fail() -> None:
    assert decode(b"caf\xe9 \x81 \x8d end", "a.txt") == "café \x81 \x8d end"


def test_mostly_utf8_with_a_stray_byte_keeps_the_utf8_text() -> None:
    data = "King’s College — “antibodies”".encode() + b" patients\x92 antibodies"
    assert decode(data, "a.txt") == "King’s College — “antibodies” patients’ antibodies"


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"GIF89a\x01\x00\x01\x00", "GIF image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
        (b"\x7fELF\x02\x01\x01", "executable"),
    ],
)
def test_binary_formats_are_refused_by_name(data: bytes, what: str) -> None:
    with pytest.raises(InputError) as info:
        decode(data + b"\x00" * 64, "photo.txt")
    assert what in info.value.message
    assert info.value.message.startswith("photo.txt: ")
    assert "\n" not in info.value.message


def test_nul_bytes_mean_binary() -> None:
    with pytest.raises(InputError, match="binary file"):
        decode(b"some text\x00\x01\x02\x00\xff\xfe\x00garbage" * 50, "x.txt")


def test_control_bytes_mean_binary() -> None:
    with pytest.raises(InputError, match="control bytes"):
        decode(bytes(range(1, 9)) * 200, "x.txt")


def test_escape_sequences_in_text_are_not_binary() -> None:
    text = "Title \x1b[2J\x1b]52;c;aGk=\x07 text about mice.\n" * 5
    assert decode(text.encode(), "a.txt") == text


@pytest.mark.fuzz
@settings(max_examples=fuzz_examples(300), deadline=None)
@given(st.binary(max_size=600))
def test_arbitrary_bytes_decode_or_raise_input_error(data: bytes) -> None:
    try:
        text = decode(data, "fuzz.txt")
    except InputError as exc:
        assert exc.message.startswith("fuzz.txt: ")
    else:
        assert isinstance(text, str)


def test_a_few_stray_control_bytes_are_text() -> None:
    """Scraped text with a NUL or a bell here and there is an article (shown as ␀, ␇)."""
    text = "Mice felt more pain.\x00 The study\x07 says so.\x08\n" * 2
    assert decode(text.encode(), "a.txt") == text
    assert decode(b"Hi\x00", "a.txt") == "Hi\x00"


def test_random_bytes_are_binary() -> None:
    import random

    data = random.Random(5).randbytes(8192)
    with pytest.raises(InputError, match="binary file"):
        decode(data, "noise.dat")
