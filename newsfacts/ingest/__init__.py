"""Readers: raw input (files, directories, globs, stdin) to ``RawDocument``s, picked by sniffing content.

``READERS`` is the one list of readers, tried in order; the first whose ``sniff`` accepts the first
bytes of an input reads it. Plain text is the fallback and comes last. Plugins extend the tuple.
A bad input yields a ``records.Failure`` naming the item and the reason; the other inputs go on. An
error no reader expected is that input's failure too ("unexpected TypeError: ..."), never the batch's.
Which files of a directory or glob are read is ``listing.py``'s choice (sidecars, READMEs and hidden files
are skipped and said to be); what a file declares about itself is ``metadata.py`` (front matter) and
``manifest.py`` (a CSV for a folder).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .. import settings
from ..errors import InputError, InputTooLarge
from ..records import Failure, Skipped
from . import feed, jsonl, listing, textdump, warc, webpage
from .base import RawDocument, Reader, decode_text, unexpected
from .manifest import Manifest, ManifestSource
from .manifest import load as load_manifest
from .metadata import Metadata, fill

__all__ = ["READERS", "Manifest", "Metadata", "RawDocument", "Reader", "decode_text", "expand", "load_manifest",
           "read", "read_bytes"]

log = logging.getLogger(__name__)

READERS: tuple[Reader, ...] = (warc.READER, feed.READER, webpage.READER, jsonl.READER, textdump.READER)

SNIFF_BYTES = 4096

OnSkip = Callable[[Skipped], None]


def expand(inputs: Iterable[str | os.PathLike]) -> Iterator[str | Failure]:
    """Paths to read: files as given, directories walked in sorted order, globs expanded; ``-`` is stdin.
    A directory that cannot be listed (no permission, gone meanwhile) comes as a ``Failure`` in its place;
    files skipped as not news (``listing.py``) are left out."""
    for item in listing.entries(inputs):
        if not isinstance(item, Skipped):
            yield item.name if isinstance(item, listing.Found) else item


def read(inputs: Iterable[str | os.PathLike], stdin: bytes | None = None, *, manifest: ManifestSource | None = None,
         on_skip: OnSkip | None = None) -> Iterator[RawDocument | Failure]:
    """Every document in ``inputs`` (paths, directories, globs, ``-``), in order, with failures in place.
    A file's row in ``manifest`` fills what the file does not state; each file of a directory or glob
    skipped as not news is logged and passed to ``on_skip``."""
    table = load_manifest(manifest)
    for item in listing.entries(inputs, table.path if table else None):
        if isinstance(item, Failure):
            yield item
        elif isinstance(item, Skipped):
            _skipped(item, on_skip)
        else:
            yield from _read_one(item, stdin, table, on_skip)


def _read_one(item: listing.Found, stdin: bytes | None, table: Manifest | None,
              on_skip: OnSkip | None) -> Iterator[RawDocument | Failure]:
    name = item.name
    if item.listed and listing.is_data_file(name) and _plain_text(name):
        _skipped(Skipped(name, "data no reader accepts"), on_skip)
        return
    try:
        data = _load(name, stdin)
    except InputError as err:
        yield Failure(source=err.source, reason=err.reason)
        return
    meta = table.get(name) if table and name != "-" else None
    for doc in read_bytes(data, "<stdin>" if name == "-" else name):
        yield fill(doc, meta) if meta and isinstance(doc, RawDocument) else doc


def _skipped(item: Skipped, on_skip: OnSkip | None) -> None:
    log.info("skipped %s: %s", item.path, item.reason)
    if on_skip is not None:
        on_skip(item)


def _plain_text(name: str) -> bool:
    """Whether only the plain-text reader would take the file (False when it cannot be opened: reading
    it then reports why)."""
    try:
        with open(name, "rb") as f:
            head = f.read(SNIFF_BYTES)
    except OSError:
        return False
    try:
        return _reader(head, name) is textdump.READER
    except Exception:  # a sniff that breaks on this head: read the file, and read_bytes reports what fails
        log.debug("%s: a reader's sniff failed", name, exc_info=True)
        return False


def _reader(head: bytes, name: str) -> Reader:
    return next((r for r in READERS if r.sniff(head, name)), textdump.READER)


def read_bytes(data: bytes, name: str) -> Iterator[RawDocument | Failure]:
    """The documents in one input's bytes, read by the first reader whose sniff accepts them."""
    reader = textdump.READER
    try:
        reader = _reader(data[:SNIFF_BYTES], name)
        log.debug("reading %s as %s", name, reader.name)
        yield from reader.read(data, name)
    except InputError as err:
        yield Failure(source=err.source, reason=err.reason)
    except Exception as err:  # a reader's bug or a library's surprise: this input's failure, not the batch's
        log.debug("%s: unexpected error in the %s reader", name, reader.name, exc_info=True)
        yield Failure(source=name, reason=unexpected(err))


def _load(name: str, stdin: bytes | None) -> bytes:
    limit = settings.get("max_input_bytes")
    if name == "-":
        data = stdin if stdin is not None else sys.stdin.buffer.read(limit + 1)
    else:
        path = Path(name)
        if not path.exists():
            raise InputError(name, "no such file or directory")
        if not path.is_file():
            raise InputError(name, "not a regular file")
        size = path.stat().st_size
        if size > limit:
            raise InputTooLarge(name, f"{size} bytes is over the {limit}-byte limit (NEWSFACTS_MAX_INPUT_BYTES)")
        try:
            data = path.read_bytes()
        except OSError as err:
            raise InputError(name, f"cannot read: {err.strerror or err}") from None
    if len(data) > limit:
        raise InputTooLarge(name, f"over the {limit}-byte limit (NEWSFACTS_MAX_INPUT_BYTES)")
    return data
