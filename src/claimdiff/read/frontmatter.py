"""Front matter at the start of an article: YAML (`---`) or TOML (`+++`), the simple subset.

Blogs and static-site generators put a block of `key: value` lines before the text. The
`title` is the article's headline and the `description` its standfirst; every other key is
metadata. Only the subset such blocks use is read (scalars, quoted strings, lists, block
scalars, one level of nesting); anything else never raises: a line that does not parse stays
inside the block, and a block that is never closed ends at the last line that parsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimdiff.read.lines import line_spans

TITLE_KEYS = ("title", "headline")
STANDFIRST_KEYS = ("description", "subtitle", "standfirst", "dek", "lede", "summary", "excerpt")

_YAML_KEY = re.compile(r"([A-Za-z_][\w.\- ]{0,80}?)[ \t]*:(?:[ \t]+|$)")
_TOML_KEY = re.compile(r"""([A-Za-z_][\w.\-]{0,80}|"[^"]{1,80}")[ \t]*=[ \t]*""")
_TOML_TABLE = re.compile(r"\[\[?[ \t]*([\w.\- \"]{1,80}?)[ \t]*\]\]?[ \t]*(?:#.*)?")
_ITEM = re.compile(r"[ \t]*-(?:[ \t]+|$)")
_BLOCK_SCALAR = re.compile(r"[|>][+-]?[1-9]?[+-]?[ \t]*(?:#.*)?")
_SCAN = 256 * 1024  # front matter longer than this is not front matter
_NUMBER = re.compile(r"[-+]?(?:\d[\d_]*)(?:\.\d+)?(?:[eE][-+]?\d+)?")


@dataclass(frozen=True, slots=True)
class Value:
    """A scalar's text and where it lies in the document (quotes excluded)."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class FrontMatter:
    """The block `text[start:end]`; the body starts at `body`."""

    start: int
    end: int
    body: int
    closed: bool
    oversize: bool = False  # longer than the scan: read in part, all of it metadata
    metadata: dict[str, object] = field(default_factory=dict)
    title: Value | None = None
    standfirst: Value | None = None


def parse_front_matter(text: str) -> FrontMatter | None:
    """The front matter at the very start of `text`, or None when there is none."""
    if text.startswith("---"):
        return _parse(text, "---", ("---", "..."), _Yaml())
    if text.startswith("+++"):
        return _parse(text, "+++", ("+++",), _Toml())
    return None


def _parse(text: str, opener: str, closers: tuple[str, ...], reader: _Reader) -> FrontMatter | None:
    spans = line_spans(text, 0, min(len(text), _SCAN))
    first = next(spans, None)
    if first is None or text[first[0] : first[1]].rstrip() != opener:
        return None
    lines = list(spans)
    closer = next((i for i, (a, b) in enumerate(lines) if text[a:b].rstrip() in closers), None)
    oversize = closer is None and len(text) > _SCAN
    beyond = _end_beyond_scan(text, lines, closers, reader) if oversize else None
    closed = closer is not None or beyond is not None
    end = first[1]
    for i, (start, stop) in enumerate(lines):
        if i == closer:
            end = stop
            break
        if reader.feed(text, start, stop):
            if not closed and text[start:stop].strip():
                end = stop
        elif not closed:
            break  # never closed: the front matter is what parsed up to here
        elif not reader.keys:
            return None  # "---" followed by prose: a rule, not front matter
    if not reader.keys:
        return None
    lowered = {k.lower() for k in reader.keys}
    if not closed and len(lowered) < 2 and not lowered & set(TITLE_KEYS):
        return None  # one stray "key: value" line after a rule is not front matter
    if beyond is not None:
        end = beyond
    body = end
    m = re.match(r"\r\n|\r|\n", text[end : end + 2])
    if m:
        body += m.end()
    fm = FrontMatter(start=0, end=end, body=body, closed=closed, oversize=oversize)
    reader.finish(fm)
    return fm


def _end_beyond_scan(
    text: str, lines: list[tuple[int, int]], closers: tuple[str, ...], reader: _Reader
) -> int | None:
    """Where front matter longer than the scan ends: at its closing line, or (never closed) at
    the last line that still looks like front matter. None when it stopped inside the scan.

    Only lines are looked at past the scan (no values are read): all of it is metadata.
    """
    if not lines or not all(reader.plausible(text[a:b]) for a, b in lines[-50:-1]):
        return None  # (the last line may be cut short by the scan: it is read again below)
    end = lines[-2][1] if len(lines) > 1 else lines[-1][0]
    for start, stop in line_spans(text, lines[-1][0]):
        line = text[start:stop]
        if line.rstrip() in closers:
            return stop
        if not reader.plausible(line):
            return end
        if line.strip():
            end = stop
    return end


class _Reader:
    def __init__(self) -> None:
        self.keys: list[str] = []
        self.values: dict[str, object] = {}
        self.spans: dict[str, Value] = {}

    LINE: re.Pattern[str] = re.compile(r"")  # a line that can belong to the block

    def feed(self, text: str, start: int, stop: int) -> bool:  # pragma: no cover - abstract
        raise NotImplementedError

    def plausible(self, line: str) -> bool:
        """Whether a line looks like part of this kind of front matter (no parsing)."""
        return not line.strip() or bool(self.LINE.match(line))

    def finish(self, fm: FrontMatter) -> None:
        lowered = {k.lower(): k for k in self.keys}
        used: set[str] = set()
        for wanted, attr in ((TITLE_KEYS, "title"), (STANDFIRST_KEYS, "standfirst")):
            for name in wanted:
                key = lowered.get(name)
                span = self.spans.get(key) if key else None
                if key and span and span.text.strip():
                    setattr(fm, attr, span)
                    used.add(key)
                    break
        fm.metadata = {k: v for k, v in self.values.items() if k not in used}


class _Yaml(_Reader):
    """`key: value`, quoted values, `- item` lists, `|`/`>` block scalars, nested `k: v`."""

    LINE = re.compile(r"[ \t]|#|-(?:[ \t]|$)|[A-Za-z_][\w.\- ]{0,80}?[ \t]*:(?:[ \t]|$)")

    def __init__(self) -> None:
        super().__init__()
        self.key: str | None = None
        self.block: list[tuple[int, int]] | None = None  # block scalar lines
        self.folded = False

    def feed(self, text: str, start: int, stop: int) -> bool:
        line = text[start:stop]
        indented = line[:1] in (" ", "\t")
        if self.block is not None:
            if indented or not line.strip():
                if line.strip():
                    self.block.append((start + len(line) - len(line.lstrip()), stop))
                    self._store_block(text)
                return True
            self.block = None
        if not line.strip():
            return True
        if line.lstrip().startswith("#"):
            return True
        if indented or line.startswith("-"):
            return self._nested(text, start, stop)
        m = _YAML_KEY.match(line)
        if not m:
            return False
        key = m.group(1).strip()
        self.key = key
        self.keys.append(key)
        rest_start = start + m.end()
        rest = text[rest_start:stop]
        if _BLOCK_SCALAR.fullmatch(rest.strip() or "-"):
            self.block, self.folded = [], rest.strip().startswith(">")
            self.values[key] = ""
            return True
        value = _scalar(text, rest_start, stop)
        if value is None:
            self.values[key] = None
            return True
        if value.text.startswith("[") and text[value.start - 1 : value.start] not in "'\"":
            self.values[key] = _flow_list(value.text)
            return True
        self.spans[key] = value
        self.values[key] = _typed(value, text)
        return True

    def _nested(self, text: str, start: int, stop: int) -> bool:
        if self.key is None:
            return False
        line = text[start:stop]
        item = _ITEM.match(line)
        current = self.values.get(self.key)
        if item:
            if not isinstance(current, list):
                current = []
                self.values[self.key] = current
            value = _scalar(text, start + item.end(), stop)
            current.append(value.text if value else None)
            return True
        m = _YAML_KEY.match(line.lstrip())
        if m:
            if not isinstance(current, dict):
                current = {}
                self.values[self.key] = current
            offset = start + len(line) - len(line.lstrip()) + m.end()
            value = _scalar(text, offset, stop)
            current[m.group(1).strip()] = _typed(value, text) if value else None
            return True
        return False

    def _store_block(self, text: str) -> None:
        assert self.key is not None and self.block
        pieces = [text[a:b].strip() for a, b in self.block]
        joined = (" " if self.folded else "\n").join(pieces)
        self.values[self.key] = joined
        self.spans[self.key] = Value(joined, self.block[0][0], self.block[-1][1])


class _Toml(_Reader):
    """`key = value` lines, `[table]` headers, strings, arrays (also over several lines)."""

    LINE = re.compile(
        r"""[ \t]|#|\[|[A-Za-z_][\w.\-]{0,80}[ \t]*=|"[^"]{1,80}"[ \t]*=|[\]"'0-9-]"""
    )

    def __init__(self) -> None:
        super().__init__()
        self.table = ""
        self.array: tuple[str, list[str]] | None = None

    def feed(self, text: str, start: int, stop: int) -> bool:
        line = text[start:stop]
        if self.array is not None:
            key, items = self.array
            items.extend(_flow_list("[" + line.strip().rstrip("]") + "]"))
            if line.strip().endswith("]"):
                self.values[key] = items
                self.array = None
            return True
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            return True
        table = _TOML_TABLE.fullmatch(stripped)
        if table:
            self.table = table.group(1).strip().strip('"') + "."
            return True
        m = _TOML_KEY.match(stripped)
        if not m:
            return False
        key = self.table + m.group(1).strip('"')
        self.keys.append(key)
        offset = start + len(line) - len(line.lstrip()) + m.end()
        value = _scalar(text, offset, stop)
        if value is None:
            self.values[key] = None
        elif value.text.startswith("[") and text[value.start - 1 : value.start] not in "'\"":
            if value.text.rstrip().endswith("]"):
                self.values[key] = _flow_list(value.text)
            else:
                self.array = (key, _flow_list(value.text + "]"))
        else:
            self.spans[key] = value
            self.values[key] = _typed(value, text)
        return True


def _scalar(text: str, start: int, stop: int) -> Value | None:
    """The scalar in text[start:stop]: quoted (span inside the quotes) or plain (no comment)."""
    while start < stop and text[start] in " \t":
        start += 1
    if start >= stop:
        return None
    quote = text[start]
    if quote in "'\"":
        close = _closing_quote(text, start + 1, stop, quote)
        if close is not None:
            raw = text[start + 1 : close]
            if quote == "'":
                value = raw.replace("''", "'")
            else:
                value = re.sub(r'\\(["\\/])', r"\1", raw).replace("\\n", " ").replace("\\t", " ")
            return Value(value, start + 1, close)
    m = re.search(r"[ \t]#", text[start:stop])
    if m:
        stop = start + m.start()
    while stop > start and text[stop - 1] in " \t":
        stop -= 1
    if stop <= start:
        return None
    return Value(text[start:stop], start, stop)


def _closing_quote(text: str, pos: int, stop: int, quote: str) -> int | None:
    while pos < stop:
        ch = text[pos]
        if quote == '"' and ch == "\\":
            pos += 2
            continue
        if ch == quote:
            if quote == "'" and text[pos + 1 : pos + 2] == "'" and pos + 1 < stop:
                pos += 2
                continue
            return pos
        pos += 1
    return None


def _flow_list(raw: str) -> list[str]:
    inner = raw.strip()
    if inner.startswith("["):
        inner = inner[1:]
    if inner.endswith("]"):
        inner = inner[:-1]
    items = []
    for part in re.findall(r"""\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,]*)\s*(?:,|$)""", inner):
        part = part.strip()
        if len(part) >= 2 and part[0] == part[-1] and part[0] in "'\"":
            part = part[1:-1]
        if part:
            items.append(part)
    return items


def _typed(value: Value, text: str) -> object:
    """Plain scalars true/false/null and numbers become Python values; the rest stay text."""
    quoted = text[value.start - 1 : value.start] in ("'", '"') and value.start > 0
    if quoted:
        return value.text
    word = value.text.strip()
    lowered = word.lower()
    if lowered in ("true", "yes"):
        return True
    if lowered in ("false", "no"):
        return False
    if lowered in ("null", "~", "none"):
        return None
    if _NUMBER.fullmatch(word):
        try:
            return int(word.replace("_", ""))
        except ValueError:
            try:
                return float(word.replace("_", ""))
            except ValueError:
                return word
    return word
