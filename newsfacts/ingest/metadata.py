"""Per-file metadata for text inputs: YAML-style front matter at the top of a text file, the values a
manifest gives (``manifest.py``), and how either fills a document.

Front matter, the convention of static-site generators (Jekyll, Hugo), is a block at the very top::

    ---
    title: Thousands flee fighting in the north
    url: https://example.org/news/123
    outlet: The Example Times
    published: 2025-12-05
    language: en
    ---

It is read by a strict ``key: value`` reader, not a YAML parser. Five flat text fields need none of
YAML, and YAML's rules go wrong on news: an unquoted title with a colon ("Sudan: 20 killed") is a
syntax error, `` #`` starts a comment inside a title, ``language: no`` reads as false, and aliases
and tags are a parser's attack surface. So a value is the rest of its line, taken as text; single or
double quotes around it are removed as YAML would (``''`` and JSON escapes inside them), and
blank lines and ``#`` comment lines are allowed. Keys newsfacts does not read (``layout``, ``tags``
and their indented lines) are ignored with a warning. A block is front matter only when its first
line of content is a lower-case ``key:`` line, so a text that opens with a ``---`` rule and a headline
is left alone. A bad line (not ``key: value``, a value that is not a date, URL or language code, a
key given twice) is reported with its line number and skipped; the other values are used, the block
is still removed, and the articles are flagged ``malformed_front_matter``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from urllib.parse import urlsplit

from .base import RawDocument, publication_date

FIELDS = ("title", "url", "outlet", "published", "language")
MALFORMED = "malformed_front_matter"  # the flag of articles whose front matter had bad lines

# Longest value of each field, in characters after whitespace is collapsed.
MAX_CHARS = {"title": 500, "url": 2048, "outlet": 200, "published": 40, "language": 35}

_FENCE = re.compile(r"(?:[ \t]*\n)*---[ \t]*\n")  # the opening line, after any blank lines
_CLOSE = ("---", "...")
_KEY = re.compile(r"([a-z][a-z0-9_-]*)[ \t]*:(?:[ \t]+(.*))?$")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ].+)?$")
_LANGUAGE = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")
_YAML_SYNTAX = tuple("&*!|>[{%@`")  # anchors, aliases, tags, block and flow values, reserved marks
_NULLS = ("~", "null", "Null", "NULL")


@dataclass(frozen=True)
class Metadata:
    """What a file declares about itself; None where it declares nothing."""

    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = None

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


@dataclass(frozen=True)
class FrontMatter:
    """A front matter block read off a text: its values, the text after it, and what was wrong
    (each problem names its line); ``ignored`` lists the keys newsfacts does not read."""

    metadata: Metadata
    body: str
    problems: tuple[str, ...] = ()
    ignored: tuple[str, ...] = ()


# ----------------------------------------------------------------------------------------------- values


def check_value(key: str, raw: str) -> str | None:
    """A field's value cleaned (whitespace collapsed; a date as YYYY-MM-DD, a language as its primary
    subtag), or None when empty. Raises ValueError saying what is wrong."""
    value = " ".join(raw.split())
    if not value:
        return None
    if len(value) > MAX_CHARS[key]:
        raise ValueError(f"longer than {MAX_CHARS[key]} characters")
    return _CHECKS[key](value)


def _url(value: str) -> str:
    try:
        parts = urlsplit(value)
        web = parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:  # "http://[": no URL urllib can read
        web = False
    if " " in value or not web:
        raise ValueError(f"{_short(value)!r} is not an http(s) URL")
    return value


def _published(value: str) -> str:
    if not _ISO_DATE.match(value):
        raise ValueError(f"{_short(value)!r} is not an ISO date (YYYY-MM-DD, optionally with a time)")
    try:
        day = dt.datetime.fromisoformat(value).date()
    except ValueError:
        raise ValueError(f"{_short(value)!r} is not a valid date") from None
    iso = publication_date(day)
    if iso is None:
        raise ValueError(f"{value!r} is outside the years 1000 to 8999")
    return iso


def _language(value: str) -> str:
    m = _LANGUAGE.match(value)
    if m is None:
        raise ValueError(f"{_short(value)!r} is not a language code (en, fr, pt-BR)")
    return m.group(1).lower()


_CHECKS: dict[str, Callable[[str], str]] = {
    "title": str, "outlet": str, "url": _url, "published": _published, "language": _language,
}


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def unquote(raw: str) -> str:
    """A front matter value as text: quotes removed as YAML removes them; YAML syntax newsfacts does not
    read (anchors, tags, block and flow values) is a ValueError; ``~`` and ``null`` are empty."""
    raw = raw.strip()
    if raw.startswith('"'):
        try:
            value = json.loads(raw)
        except ValueError:
            raise ValueError("not a valid double-quoted value (an unclosed quote or a bad escape)") from None
        return value if isinstance(value, str) else raw
    if raw.startswith("'"):
        inner = raw[1:-1]
        if len(raw) < 2 or not raw.endswith("'") or "'" in inner.replace("''", ""):
            raise ValueError("not a valid single-quoted value (an unclosed quote, or a quote inside not doubled)")
        return inner.replace("''", "'")
    if raw.startswith(_YAML_SYNTAX):
        raise ValueError(f"YAML syntax newsfacts does not read ({raw[0]!r}); quote the value or write it on one line")
    return "" if raw in _NULLS else raw


# ------------------------------------------------------------------------------------------ front matter


def split_front_matter(text: str, limit: int) -> FrontMatter | None:
    """The front matter at the top of ``text`` (newlines already ``\\n``), or None when it has none.
    A block not closed within ``limit`` characters stays in the text, with one problem saying so."""
    opening = _FENCE.match(text)
    if opening is None:
        return None
    first_line = text.count("\n", 0, opening.end()) + 1  # the line number of the block's first line
    lines, body_start = _block(text, opening.end(), limit)
    if not _opens_with_key(lines):
        return None
    if body_start is None:
        problem = (f"no closing '---' line within {limit} characters (NEWSFACTS_MAX_FRONT_MATTER_CHARS): "
                   "the block is read as article text")
        return FrontMatter(Metadata(), text, (problem,))
    values, problems, ignored = _parse(lines, first_line)
    return FrontMatter(Metadata(**values), text[body_start:], tuple(problems), tuple(ignored))


def _block(text: str, start: int, limit: int) -> tuple[list[str], int | None]:
    """The lines between the opening fence and the closing one, and where the text after the closing
    line starts (None when no closing line comes within ``limit`` characters)."""
    lines: list[str] = []
    pos = start
    while pos <= len(text) and pos - start <= limit:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.rstrip() in _CLOSE:
            return lines, min(end + 1, len(text))
        lines.append(line)
        pos = end + 1
    return lines, None


def _opens_with_key(lines: list[str]) -> bool:
    content = next((ln for ln in lines if ln.strip() and not ln.lstrip().startswith("#")), None)
    return content is None or _KEY.match(content.rstrip()) is not None


def _parse(lines: list[str], first_line: int) -> tuple[dict[str, str | None], list[str], list[str]]:
    values: dict[str, str | None] = {}
    problems: list[str] = []
    ignored: list[str] = []
    key: str | None = None
    for number, line in enumerate(lines, start=first_line):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0] in " \t" or line.startswith("- "):  # an indented or list line goes on the key before
            if key is None or key in FIELDS:
                problems.append(f"line {number}: {key + ': ' if key else ''}a value must be one line after its key")
            continue
        m = _KEY.match(line.rstrip())
        if m is None:
            problems.append(f"line {number}: not a 'key: value' line: {_short(line.strip())!r}")
            key = None
            continue
        key = m.group(1)
        if key not in FIELDS:
            ignored.append(key)
        elif key in values:
            problems.append(f"line {number}: {key} is given twice (the first is kept)")
        else:
            values[key] = _value(key, m.group(2) or "", number, problems)
    return values, problems, ignored


def _value(key: str, raw: str, number: int, problems: list[str]) -> str | None:
    try:
        return check_value(key, unquote(raw))
    except ValueError as err:
        problems.append(f"line {number}: {key}: {err}")
        return None


# -------------------------------------------------------------------------------------------- documents


def fill(doc: RawDocument, meta: Metadata) -> RawDocument:
    """``doc`` with the gaps in what its input states filled from ``meta``: what the document already
    states (its front matter, a page's or record's own fields) is kept."""
    if not meta:
        return doc
    source = doc.source
    if meta.outlet and not source.outlet:
        source = replace(source, outlet=meta.outlet)
    if meta.url and not source.url:
        source = replace(source, url=meta.url)
    return replace(doc, source=source, title=doc.title or meta.title, url=doc.url or meta.url,
                   published=doc.published or meta.published, language=doc.language or meta.language)
