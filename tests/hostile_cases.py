"""The hostile and broken inputs of issue 5, shared by the CLI, TUI, review and fuzz tests.

Each case writes its file into a folder and says what claimdiff must do with it: refuse it
with one line naming the file and the problem, or check it (with text that must survive).
"""

from __future__ import annotations

import codecs
import ctypes
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

# Escape sequences and control characters a scraped page may carry, one of each kind.
CSI_CLEAR = "\x1b[2J\x1b[H"
OSC_TITLE = "\x1b]0;PWNED\x07"
OSC_52 = "\x1b]52;c;ZXZpbCBjbGlwYm9hcmQ=\x07"  # writes "evil clipboard" to the clipboard
OSC_8 = "\x1b]8;;https://evil.example/\x1b\\click here\x1b]8;;\x1b\\"
PASTE_OFF = "\x1b[?2004l"
PASTE_ON = "\x1b[200~"
C1_CSI = "\x9b31m"
BIDI = "\u202eevil\u202c"

HOSTILE_TEXT = (
    "Tea cures [bold red]everything[/] in rats, [link=file:///etc/passwd]says[/link] the "
    "study [/] [@click=app.quit]today[/].\n\n"
    f"The rats {CSI_CLEAR} found the platform {OSC_TITLE} faster after twelve weeks.\n\n"
    f"Researchers {OSC_52} gave 48 rats {OSC_8} green tea extract for 12 weeks.\n\n"
    f"The team {PASTE_OFF} said {PASTE_ON} the extract may protect neurons {C1_CSI} in rats.\n\n"
    "Control characters \x00\x07\x08\x0b\x0c\x7f\x85\x9d appear here in the hippocampus study.\n\n"
    f"A bidi override {BIDI} and zero\u200bwidth\u2060 joins \ufeff hide words in the rats.\n\n"
    "Combining marks: e\u0301 a\u0308 Z\u0335\u0336\u0337\u0338 and emoji 👩‍🔬🐀 and 中文研究 "
    "show the rats learned faster.\n"
)
"""An article whose every paragraph tries to act on a terminal or on Rich/Textual markup."""

HOSTILE_PIECES = (
    "[bold red]everything[/]",
    "[link=file:///etc/passwd]says[/link]",
    "[@click=app.quit]today[/]",
    CSI_CLEAR,
    OSC_TITLE,
    OSC_52,
    OSC_8,
    PASTE_OFF,
    C1_CSI,
    BIDI,
)
"""Pieces of HOSTILE_TEXT that must reach the JSON unchanged."""

MARKUP = ("[bold red]everything[/]", "[link=file:///etc/passwd]says[/link]", "[@click=app.quit]")
"""Markup that must be shown literally wherever text is shown."""

ESCAPES = (CSI_CLEAR, OSC_TITLE, OSC_52, PASTE_OFF, C1_CSI)
"""Escape sequences of HOSTILE_TEXT, and below, how each looks once made visible."""
SHOWN = ("␛[2J␛[H", "␛]0;PWNED␇", "␛]52;c;ZXZpbCBjbGlwYm9hcmQ=␇", "␛[?2004l", "⟨U+009B⟩31m")

ACTIVE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\u2028\u2029\ufeff]"
)
"""Characters that must never reach a terminal raw (tab and line feed aside)."""

UNICODE_TEXT = (
    "研究表明绿茶提取物改善了大鼠的记忆。\n\n"
    "Rats given the extract 👩‍🔬🐀 found the hidden platform 30 percent faster.\n\n"
    "Ṭhe re\u0301sults ärë eär\u0308ly, said Mira Okafor — ‘encouraging’ “but early”.\n\n"
    "日本語のテキストと한국어 텍스트도 있습니다 in the water maze.\n"
)
"""Wide, combining and emoji text that must be kept as it is (not made visible)."""


# --------------------------------------------------------------------------- articles


@dataclass(frozen=True)
class ArticleCase:
    """A file an article argument may name, and what claimdiff must make of it.

    `problem` is the message after "PATH: " for a file that must be refused (a regular
    expression), None for one that must be checked. `text` is the decoded article a checked
    file must give (None: not known in advance) and `keeps` words that must be in its claims.
    """

    id: str
    write: Callable[[Path], Path]
    problem: str | None = None
    text: str | None = None
    keeps: tuple[str, ...] = ()
    marks: tuple[str, ...] = ()  # escape sequences that must be shown as visible text


def _file(name: str, data: bytes) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        path.write_bytes(data)
        return path

    return write


def _missing(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "missing.txt"


def _directory(folder: Path) -> Path:
    path = folder / "empty-folder"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _unreadable(folder: Path) -> Path:
    path = _file("locked.txt", b"Rats found the platform faster. The study says so.\n")(folder)
    path.chmod(0)
    return path


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(256))
LATIN1 = "Le café: rats given the extract found the platform 30 percent faster, naïvely.\n"
INVALID_UTF8 = (
    b"Rats given the extract found the platform faster. "
    + b"A stray \xff\xfe byte and a cut \xe2\x80 sequence \xc3\x28 here.\n"
    + b"The study was published in the Journal of Nutritional Neuroscience.\n"
)
CRLF = (
    "Tea helps rats\r\n\r\nRats given the extract found the platform faster.\r\n"
    "The team said so.\r\n"
)
LONE_CR = CRLF.replace("\r\n", "\r")
BROKEN_FRONT_MATTER = (
    '---\ntitle: [unclosed\ndescription: "also broken\n: : :\n  - bad: [\n\n'
    "Rats given the extract found the hidden platform 30 percent faster.\n"
)
NO_BODY_HTML = (
    "<!doctype html><html><head><title>Shop</title><script>var a = 1;</script></head>"
    "<body><nav><a href='/'>Home</a> <a href='/cart'>Cart</a></nav></body></html>"
)
ONE_MB_LINE = " ".join(
    ("rats", "extract", "platform", "memory", "tea", "weeks", "maze", "study")[i % 8] + str(i)
    for i in range(140_000)
)[: 1 << 20]

BAD_ARTICLES = (
    ArticleCase("missing", _missing, r"no such file( or folder)?"),
    ArticleCase(
        "directory",
        _directory,
        r"no articles \(\.txt, \.md, \.markdown, \.html, \.htm\) in this folder"
        r"|is a directory, not an article file",
    ),
    ArticleCase("unreadable", _unreadable, "permission denied"),
    ArticleCase("empty", _file("empty.txt", b""), "the file is empty"),
    ArticleCase(
        "whitespace", _file("blank.txt", b" \n\t\r\n  \r\n\n"), "the file holds only white space"
    ),
    ArticleCase(
        "png",
        _file("photo.png", PNG),
        r"this is a PNG image, not an article; claimdiff reads \.txt, \.md and \.html articles",
    ),
    ArticleCase("png-named-txt", _file("photo.txt", PNG), "this is a PNG image, not an article"),
    ArticleCase(
        "pdf",
        _file("paper.pdf", PDF),
        r"this is a PDF document, not an article; claimdiff reads \.txt, \.md and \.html",
    ),
    ArticleCase("html-no-body", _file("shop.html", NO_BODY_HTML.encode()), "no article text found"),
)

GOOD_ARTICLES = (
    ArticleCase(
        "invalid-utf8",
        _file("stray-bytes.txt", INVALID_UTF8),
        text=INVALID_UTF8.decode("cp1252"),  # no valid UTF-8 sequence: read as Windows-1252
        keeps=("stray ÿþ byte", "Journal of Nutritional Neuroscience"),
    ),
    ArticleCase(
        "utf16-bom",
        _file("utf16.txt", codecs.BOM_UTF16_LE + UNICODE_TEXT.encode("utf-16-le")),
        text=UNICODE_TEXT,
        keeps=("👩‍🔬🐀", "研究表明"),
    ),
    ArticleCase(
        "latin1", _file("latin1.txt", LATIN1.encode("latin-1")), text=LATIN1, keeps=("café",)
    ),
    ArticleCase("crlf", _file("crlf.txt", CRLF.encode()), text=CRLF, keeps=("The team said so.",)),
    ArticleCase(
        "lone-cr", _file("cr.txt", LONE_CR.encode()), text=LONE_CR, keeps=("The team said so.",)
    ),
    ArticleCase(
        "broken-front-matter",
        _file("broken.md", BROKEN_FRONT_MATTER.encode()),
        text=BROKEN_FRONT_MATTER,
        keeps=("30 percent faster",),
    ),
    ArticleCase(
        "hostile-text",
        _file("hostile.txt", HOSTILE_TEXT.encode()),
        text=HOSTILE_TEXT,
        keeps=MARKUP,
        marks=ESCAPES,
    ),
    ArticleCase(
        "unicode",
        _file("unicode.txt", UNICODE_TEXT.encode()),
        text=UNICODE_TEXT,
        keeps=("研究表明", "👩‍🔬🐀", "re\u0301sults"),
    ),
)

ONE_MB = ArticleCase(
    "one-mb-line", _file("one-line.txt", ONE_MB_LINE.encode()), text=ONE_MB_LINE, keeps=("rats0",)
)
"""1 MB on one line with no punctuation (slow to judge: tested in one format)."""


def big_article(size: int = 20 * 2**20, unique: int = 4000) -> str:
    """About `size` characters: `unique` different sentences in paragraphs of five, then the
    same paragraphs again and again (copies the cleaner drops) up to the size."""
    subjects = ("rats", "mice", "people", "patients", "the animals", "volunteers", "women")
    verbs = ("showed", "suggests", "proves", "indicates", "found", "may show", "confirmed")
    objects = (
        "the hidden platform 30 percent faster",
        "better memory in the water maze",
        "protected neurons in the hippocampus",
        "no change in swimming speed",
        "a higher dose than a person drinks",
    )
    sentences = [
        f"Report {i}: the team {verbs[i % 7]} that {subjects[i % 6]} given extract {i} had "
        f"{objects[i % 5]} after {i % 52 + 1} weeks."
        for i in range(unique)
    ]
    paragraphs = [" ".join(sentences[i : i + 5]) + "\n\n" for i in range(0, unique, 5)]
    head = "A very large article about green tea and memory\n\n"
    body = "".join(paragraphs)
    repeats = max(1, -(-(size - len(head)) // len(body)))
    text = head + body * repeats
    return text + "Closing line of the article about the rats.\n"


# --------------------------------------------------------------------------- fact sheets

SHEET_HEAD = """\
schema = 1

[study]
id = "tea-memory-2024"
title = "Green tea extract and spatial memory in aged rats"
subjects = "rats"
"""

FACT = """
[[facts]]
id = "maze"
kind = "result"
text = "Rats given the extract found the hidden platform 30 percent faster in the water maze."
"""

BAD_SHEETS: dict[str, tuple[str | bytes | None, str]] = {
    # id: (content, or None for no file, or bytes; the expected problem, a regular expression)
    "missing": (None, "no such file"),
    "toml-syntax": (SHEET_HEAD + "[[facts]]\nid = maze\n", r"TOML syntax error at line 8, column"),
    "wrong-type": (SHEET_HEAD + "[[facts]]\nid = 7\ntext = 'x'\n", r"fact #1 \(line 7\): id must"),
    "duplicate-ids": (SHEET_HEAD + FACT + FACT, r'duplicate fact id "maze": fact #1 \(line 8\)'),
    "unknown-kind": (
        SHEET_HEAD + FACT.replace('"result"', '"finding"'),
        r'fact "maze": unknown kind "finding" \(expected ',
    ),
    "unknown-source": (SHEET_HEAD + FACT + 'source = "blog"\n', r'fact "maze": unknown source'),
    "unknown-certainty": (
        SHEET_HEAD + FACT + 'certainty = "sure"\n',
        r'fact "maze": unknown certainty "sure" \(expected speculated, suggested or shown\)',
    ),
    "no-facts": (SHEET_HEAD, "no facts"),
    "empty": ("", r"missing|empty"),
    "binary": (PNG, r"."),
    "control-characters": (
        SHEET_HEAD + FACT + 'source = "\\u001b]52;c;ZXZpbA==\\u0007"\n',
        r'unknown source "␛\]52;c;ZXZpbA==␇"',
    ),
}


def write_sheet(folder: Path, content: str | bytes | None, name: str = "study.toml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    return path


def many_facts_sheet(facts: int = 10_000, big_fact: int = 100 * 1024) -> str:
    """A valid sheet with `facts` facts and one fact of `big_fact` characters."""
    parts = [SHEET_HEAD, FACT]
    kinds = ("result", "design", "caveat", "conclusion", "context")
    for i in range(facts - 2):
        parts.append(
            f'\n[[facts]]\nid = "f{i}"\nkind = "{kinds[i % 5]}"\n'
            f'text = "Finding {i}: rats given dose {i} swam {i % 90} metres in the maze."\n'
        )
    words = "rats given green tea extract remembered the platform in the water maze "
    big = (words * (big_fact // len(words) + 1))[:big_fact]
    parts.append(f'\n[[facts]]\nid = "big"\nkind = "context"\ntext = "{big}"\n')
    return "".join(parts)


# --------------------------------------------------------------------------- helpers


def listing(folder: Path) -> dict[str, int]:
    """Every file and folder below `folder` (hidden ones too), with file sizes."""
    out: dict[str, int] = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            out[os.path.relpath(os.path.join(root, name), folder) + "/"] = 0
        for name in files:
            path = os.path.join(root, name)
            out[os.path.relpath(path, folder)] = os.lstat(path).st_size
    return out


_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2


def drop_root_read_override() -> None:
    """In a child process run as root: give up the capabilities that let root read any
    file, so that a file with mode 000 is unreadable as it is for everybody else."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def unreadable_works(folder: Path) -> bool:
    """Whether a child process (see `drop_root_read_override`) is refused a mode-000 file."""
    import subprocess

    probe = _unreadable(folder / "probe")
    try:
        proc = subprocess.run(
            [sys.executable, "-c", f"open({str(probe)!r}).read()"],
            preexec_fn=drop_root_read_override,
            capture_output=True,
            check=False,
        )
    except OSError:
        return False
    finally:
        probe.chmod(0o644)
        probe.unlink()
        probe.parent.rmdir()
    return proc.returncode != 0 and b"PermissionError" in proc.stderr


def need_unreadable(folder: Path) -> None:
    if sys.platform == "win32" or not unreadable_works(folder):
        pytest.skip("cannot make a file unreadable here (root without capability control)")


def fuzz_examples(n: int) -> int:
    """`n` examples in `make test`; 20 times as many under `make fuzz`."""
    return n * 20 if os.environ.get("CLAIMDIFF_FUZZ") else n
