"""What every reader produces, and the helpers readers share."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..errors import BinaryInput, EmptyInput, UndecodableInput
from ..records import Source

log = logging.getLogger(__name__)

# Publication dates outside these years are taken for no date: none is real, and the analysis reckons
# relative dates ("a century ago", "next year") from the publication date within the calendar's range.
PUBLISHED_YEARS = range(1000, 9000)
_REPLACEMENT = "\ufffd"
_ENCODED_REPLACEMENT = _REPLACEMENT.encode()


@dataclass(frozen=True)
class RawDocument:
    """Text as a reader found it, before segmentation into articles.

    ``segment`` is True for plain-text dumps, which may hold several articles with header blocks in
    any order; readers of structured input (HTML, feeds, WARC, JSONL) give one article per document
    and set it False. ``language`` is the language the input declares (front matter, a manifest), not a
    guess; ``flags`` go on every article of the document (``malformed_front_matter``).
    """

    text: str
    source: Source
    title: str | None = None
    url: str | None = None
    published: str | None = None
    segment: bool = False
    language: str | None = None
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reader:
    """A reader: ``sniff(head, name)`` says whether it handles bytes starting with ``head``;
    ``read(data, name)`` yields documents and raises ``errors.InputError`` for a bad item. A reader
    that holds many items (a feed, an archive, a JSONL file) yields ``records.Failure`` for a bad item
    and goes on."""

    name: str
    sniff: Callable[[bytes, str], bool]
    read: Callable[[bytes, str], Iterator]


def decode_text(data: bytes, name: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252; refuses binary.

    Text that is mostly valid UTF-8 with a few invalid bytes is read as UTF-8 with each invalid
    sequence replaced by U+FFFD, and a warning names the file; cp1252 is for text that is really cp1252
    (its non-ASCII bytes are mostly not UTF-8)."""
    if not data.strip():
        raise EmptyInput(name, "empty input")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise UndecodableInput(name, "invalid UTF-16 text") from None
    else:
        if b"\x00" in data[:8192]:
            raise BinaryInput(name, "binary data (NUL bytes), not text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = _mostly_utf8(data, name) or _decode_legacy(data, name)
    if not text.strip():
        raise EmptyInput(name, "empty input")
    return text


def _mostly_utf8(data: bytes, name: str) -> str | None:
    """The text read as UTF-8 with replacement when its valid non-ASCII characters outnumber its
    invalid sequences; else None."""
    text = data.decode("utf-8-sig", errors="replace")
    invalid = text.count(_REPLACEMENT) - data.count(_ENCODED_REPLACEMENT)
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    if non_ascii - invalid <= invalid:
        return None
    log.warning("%s: %d invalid UTF-8 byte sequence(s) replaced by U+FFFD; the rest is valid UTF-8", name, invalid)
    return text


def _decode_legacy(data: bytes, name: str) -> str:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        # a byte no code page defines (0x81, 0x8D, 0x8F, 0x90, 0x9D): neither clean UTF-8 nor cp1252, so the
        # file is read as UTF-8 with U+FFFD for what does not decode, rather than lost
        text = data.decode("utf-8-sig", errors="replace")
        log.warning("%s: neither UTF-8 nor cp1252; read as UTF-8 with %d invalid byte sequence(s) replaced by U+FFFD",
                    name, text.count(_REPLACEMENT) - data.count(_ENCODED_REPLACEMENT))
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\r\n\t\f")
    if controls > 0.01 * min(len(text), 8192):
        raise BinaryInput(name, "binary data (control bytes), not text")
    return text


def publication_date(value: dt.date | str | None) -> str | None:
    """A publication date as an ISO date, or None when it is none or its year is outside ``PUBLISHED_YEARS``."""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    if value is None or value.year not in PUBLISHED_YEARS:
        return None
    return value.isoformat()


def unexpected(error: BaseException) -> str:
    """The reason recorded for an error no reader expected: its type and message, on one line."""
    message = " ".join(str(error).split())
    text = f"unexpected {type(error).__name__}: {message}" if message else f"unexpected {type(error).__name__}"
    return text if len(text) <= 300 else text[:297] + "..."


def host_of(url: str | None) -> str | None:
    """The host of a URL without ``www.``: the outlet when nothing better names it."""
    if not url:
        return None
    try:
        host = urlsplit(url if "://" in url else "http://" + url).hostname or ""
    except ValueError:  # "http://[": not a URL urllib can read, so no host to name the outlet by
        return None
    return host.removeprefix("www.") or None
