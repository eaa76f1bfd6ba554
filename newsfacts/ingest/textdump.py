"""Plain-text dumps: one or many articles per file, segmented later by ``segment.py``."""

from __future__ import annotations

from collections.abc import Iterator

from ..records import Source
from .base import RawDocument, Reader, decode_text


def sniff(head: bytes, name: str) -> bool:
    return True  # the fallback: anything that decodes as text


def read(data: bytes, name: str) -> Iterator[RawDocument]:
    text = decode_text(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    yield RawDocument(text=text, source=Source(path=name, kind="text"), segment=True)


READER = Reader("text", sniff, read)
