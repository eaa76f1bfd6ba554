"""WARC and WARC.gz archives as Common Crawl News publishes them: each HTML response is one page.

Only ``response`` records with HTTP status 200 and an HTML content type are read; the rest are
skipped. WARC-Date is the crawl date, not the publication date, and is never used as one.
"""

from __future__ import annotations

import dataclasses
import io
import logging
import zlib
from collections.abc import Iterator
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.limitreader import LimitReader
from warcio.utils import BUFF_SIZE

from .. import settings
from ..errors import InputError, InputTooLarge, MalformedInput
from ..records import Failure
from .base import RawDocument, Reader
from .webpage import decode_html, page_to_document

__all__ = ["READER", "read", "sniff"]

log = logging.getLogger(__name__)

GZIP_MAGIC = b"\x1f\x8b"
HTML_TYPES = {"text/html", "application/xhtml+xml"}
# What a damaged archive or payload raises from warcio, zlib, brotli and the HTTP header parser.
ARCHIVE_ERRORS = (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error)
# warcio fails with AttributeError on a record whose headers lack WARC-Target-URI (or are cut off).
RECORD_ERRORS = (*ARCHIVE_ERRORS, AttributeError)


def sniff(head: bytes, name: str) -> bool:
    """``WARC/1.`` at the start, or a gzip member whose first decompressed bytes are ``WARC/``."""
    if head.startswith(b"WARC/1."):
        return True
    if not head.startswith(GZIP_MAGIC):
        return False
    try:
        start = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
    except zlib.error:
        return False
    return start.startswith(b"WARC/")


def read(data: bytes, name: str) -> Iterator[RawDocument | Failure]:
    archive = ArchiveIterator(io.BytesIO(data))
    records = iter(archive)
    count = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            # warcio stops quietly when the input ends inside a record's headers: look for leftovers
            if data[archive.offset :].strip():
                yield Failure(source=name, reason=f"archive is truncated or corrupt after {count} records")
            return
        except RECORD_ERRORS as err:
            yield Failure(source=name, reason=f"archive is corrupt after {count} records: {_brief(err)}")
            return
        count += 1
        uri = _target_uri(record) or f"record-{count}"
        result = _record_result(record, f"{name}#{uri}", uri)
        try:
            truncated = _drain(record)
        except ARCHIVE_ERRORS as err:
            truncated = True
            log.debug("%s: cannot read record %d to its end: %s", name, count, err)
        if truncated:
            yield Failure(source=name, reason=f"archive is truncated or corrupt in record {count} ({uri})")
            return
        if result is not None:
            yield result


def _record_result(record: Any, item: str, uri: str) -> RawDocument | Failure | None:
    try:
        return _record_document(record, item, uri)
    except InputError as err:
        return Failure(source=item, reason=err.reason)


def _drain(record: Any) -> bool:
    """Reads the rest of the record's block; True when the archive ends before its Content-Length, or
    the record has no valid one (its headers were cut off: warcio would read on to the archive's end)."""
    stream = record.raw_stream
    while stream.read(BUFF_SIZE):
        pass
    declared = (record.rec_headers.get_header("Content-Length") or "").strip()
    return not declared.isdigit() or not isinstance(stream, LimitReader) or stream.limit > 0


def _record_document(record: Any, item: str, uri: str) -> RawDocument | None:
    """The page in a record, or None for a record that holds no HTML page to read."""
    why_not = _skip_reason(record)
    if why_not:
        log.debug("%s: skipped (%s)", item, why_not)
        return None
    limit = settings.get("max_html_bytes")
    try:
        body = record.content_stream().read(limit + 1)
    except ARCHIVE_ERRORS as err:
        raise MalformedInput(item, f"cannot read the record's payload: {_brief(err)}") from None
    if len(body) > limit:
        raise InputTooLarge(item, f"HTML page is over the {limit}-byte limit (NEWSFACTS_MAX_HTML_BYTES)")
    charset = _charset(record.http_headers.get_header("Content-Type") or "")
    document = page_to_document(decode_html(body, declared=charset), item, url=uri, kind="warc")
    record_id = record.rec_headers.get_header("WARC-Record-ID")
    return dataclasses.replace(document, source=dataclasses.replace(document.source, id=record_id))


def _skip_reason(record: Any) -> str | None:
    if record.rec_type != "response":
        return f"a {record.rec_type} record"
    if record.http_headers is None:
        return "a response without HTTP headers"
    status = record.http_headers.get_statuscode()
    if status != "200":
        return f"HTTP status {status}"
    content_type = record.http_headers.get_header("Content-Type") or ""
    if _media_type(content_type) not in HTML_TYPES:
        return f"content type {content_type or 'missing'}"
    return None


def _target_uri(record: Any) -> str | None:
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    return uri.strip().strip("<>") or None


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _charset(content_type: str) -> str | None:
    for parameter in content_type.split(";")[1:]:
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def _brief(error: BaseException) -> str:
    if isinstance(error, AttributeError):
        return "a record's headers are cut off or lack WARC-Target-URI"
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 200 else text[:197] + "..."


READER = Reader("warc", sniff, read)
