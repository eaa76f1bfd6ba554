"""What every reader produces, and the helpers readers share."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..errors import BinaryInput, EmptyInput, UndecodableInput
from ..records import Source


@dataclass(frozen=True)
class RawDocument:
    """Text as a reader found it, before segmentation into articles.

    ``segment`` is True for plain-text dumps, which may hold several articles with header blocks in
    any order; readers of structured input (HTML, feeds, WARC, JSONL) give one article per document
    and set it False.
    """

    text: str
    source: Source
    title: str | None = None
    url: str | None = None
    published: str | None = None
    segment: bool = False


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
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252; refuses binary."""
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
            text = _decode_legacy(data, name)
    if not text.strip():
        raise EmptyInput(name, "empty input")
    return text


def _decode_legacy(data: bytes, name: str) -> str:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise UndecodableInput(name, "not UTF-8 and not cp1252 text") from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\r\n\t\f")
    if controls > 0.01 * min(len(text), 8192):
        raise BinaryInput(name, "binary data (control bytes), not text")
    return text


def host_of(url: str | None) -> str | None:
    """The host of a URL without ``www.``: the outlet when nothing better names it."""
    if not url:
        return None
    host = urlsplit(url if "://" in url else "http://" + url).hostname or ""
    return host.removeprefix("www.") or None
