"""Readers: raw input (files, directories, globs, stdin) to ``RawDocument``s, picked by sniffing content.

``READERS`` is the one list of readers, tried in order; the first whose ``sniff`` accepts the first
bytes of an input reads it. Plain text is the fallback and comes last. Plugins extend the tuple.
A bad input yields a ``records.Failure`` naming the item and the reason; the other inputs go on. An
error no reader expected is that input's failure too ("unexpected TypeError: ..."), never the batch's.
"""

from __future__ import annotations

import glob
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .. import settings
from ..errors import InputError, InputTooLarge
from ..records import Failure
from . import feed, jsonl, textdump, warc, webpage
from .base import RawDocument, Reader, decode_text, unexpected

__all__ = ["READERS", "RawDocument", "Reader", "decode_text", "read", "read_bytes", "expand"]

log = logging.getLogger(__name__)

READERS: tuple[Reader, ...] = (warc.READER, feed.READER, webpage.READER, jsonl.READER, textdump.READER)

SNIFF_BYTES = 4096
SKIP_NAMES = {".DS_Store", "Thumbs.db"}


def expand(inputs: Iterable[str | os.PathLike]) -> Iterator[str | Failure]:
    """Paths to read: files as given, directories walked in sorted order, globs expanded; ``-`` is stdin.
    A directory that cannot be listed (no permission, gone meanwhile) comes as a ``Failure`` in its place."""
    for item in inputs:
        name = os.fspath(item)
        if name == "-":
            yield name
        elif os.path.isdir(name):
            yield from _walk(name)
        elif not os.path.exists(name) and glob.has_magic(name):
            matches = sorted(glob.glob(name, recursive=True))
            yield from (m for m in matches if os.path.isfile(m)) if matches else [name]
        else:
            yield name


def _walk(top: str) -> Iterator[str | Failure]:
    unreadable: list[OSError] = []
    for root, dirs, files in os.walk(top, onerror=unreadable.append):
        yield from (_unreadable(err, root) for err in unreadable)
        unreadable.clear()
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if not f.startswith(".") and f not in SKIP_NAMES:
                yield os.path.join(root, f)
    yield from (_unreadable(err, top) for err in unreadable)


def _unreadable(err: OSError, fallback: str) -> Failure:
    return Failure(source=err.filename if isinstance(err.filename, str) else fallback,
                   reason=f"cannot read directory: {err.strerror or err}")


def read(inputs: Iterable[str | os.PathLike], stdin: bytes | None = None) -> Iterator[RawDocument | Failure]:
    """Every document in ``inputs`` (paths, directories, globs, ``-``), in order, with failures in place."""
    for name in expand(inputs):
        if isinstance(name, Failure):
            yield name
            continue
        try:
            data = _load(name, stdin)
        except InputError as err:
            yield Failure(source=err.source, reason=err.reason)
            continue
        yield from read_bytes(data, "<stdin>" if name == "-" else name)


def read_bytes(data: bytes, name: str) -> Iterator[RawDocument | Failure]:
    """The documents in one input's bytes, read by the first reader whose sniff accepts them."""
    head = data[:SNIFF_BYTES]
    reader = textdump.READER
    try:
        reader = next(r for r in READERS if r.sniff(head, name))
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
