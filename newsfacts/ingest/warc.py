"""WARC and WARC.gz archives as Common Crawl News publishes them: each HTML response is one page.

Only ``response`` records with HTTP status 200 and an HTML content type are read; the rest are
skipped. WARC-Date is the crawl date, not the publication date, and is never used as one.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import logging
import zlib
from collections.abc import Iterator
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.limitreader import LimitReader
from warcio.utils import BUFF_SIZE

from .. import settings
from ..errors import InputError, InputTooLarge, MalformedInput
from ..records import Failure
from .base import RawDocument, Reader, unexpected
from .webpage import decode_html, page_to_document

__all__ = ["READER", "read", "sniff"]

log = logging.getLogger(__name__)

GZIP_MAGIC = b"\x1f\x8b"
HTML_TYPES = {"text/html", "application/xhtml+xml"}
# What a damaged archive or payload raises from warcio, zlib, brotli and the HTTP header parser.
# OverflowError: a Content-Length too large for an index (10**25) reaches BytesIO.read.
ARCHIVE_ERRORS = (ArchiveLoadFailed, EOFError, OSError, ValueError, OverflowError, zlib.error)
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
    limits = _Limits.from_settings()
    archive = ArchiveIterator(io.BytesIO(data))
    reader = archive.reader = _BoundedReader(archive.fh, limits)  # before the first record is read
    records = iter(archive)
    count = found = 0  # records read; pages and failures of pages yielded
    while True:
        try:
            with _warnings_logged(name), reader.reading_headers():
                record = next(records)
        except StopIteration:
            # warcio stops quietly when the input ends inside a record's headers: look for leftovers
            if data[archive.offset :].strip():
                yield Failure(source=name, reason=f"archive is truncated or corrupt after {count} records")
            elif not found:
                yield Failure(source=name, reason=_no_pages(count))
            return
        except ArchiveOverLimit as err:
            yield Failure(source=name, reason=f"archive is unreadable after {count} records: {err}")
            return
        except RECORD_ERRORS as err:
            yield Failure(source=name, reason=f"archive is corrupt after {count} records: {_brief(err)}")
            return
        count += 1
        uri = _target_uri(record) or f"record-{count}"
        too_large = _declared_over_limit(record, limits.record)
        if too_large:
            yield Failure(source=name, reason=f"record {count} ({uri}) {too_large}")
            return
        result: RawDocument | Failure | None = None
        over: ArchiveOverLimit | None = None
        truncated = False
        with _warnings_logged(name):  # no yield in here: stderr is redirected
            try:
                result = _record_result(record, f"{name}#{uri}", uri)
                truncated = _drain(record, limits.record)
            except ArchiveOverLimit as err:
                over = err
            except ARCHIVE_ERRORS as err:
                truncated = True
                log.debug("%s: cannot read record %d to its end: %s", name, count, err)
        if over is not None:
            yield Failure(source=name, reason=f"archive is unreadable in record {count} ({uri}): {over}")
            return
        if truncated:
            yield Failure(source=name, reason=f"archive is truncated or corrupt in record {count} ({uri})")
            return
        if result is not None:
            found += 1
            yield result


class ArchiveOverLimit(Exception):
    """Raised from inside warcio's reading when an archive passes one of the WARC limits."""


@dataclasses.dataclass(frozen=True)
class _Limits:
    header: int  # bytes of one record's header block, and so of any header line
    record: int  # bytes of one record, decompressed
    archive: int  # bytes decompressed from the whole archive

    @classmethod
    def from_settings(cls) -> _Limits:
        return cls(
            settings.get("max_warc_header_bytes"), settings.get("max_warc_record_bytes"), settings.get("max_warc_bytes")
        )


class _BoundedReader(DecompressingBufferedReader):
    """warcio's reader with limits: no line longer than the header limit (warcio's ``readline`` has no
    bound: a 1 GiB header line was read whole), no more header bytes per record than that limit, and
    no more bytes decompressed from the archive than the archive limit."""

    def __init__(self, stream: Any, limits: _Limits) -> None:
        super().__init__(stream, block_size=BUFF_SIZE)
        self.limits = limits
        self.header_budget: int | None = None

    @contextlib.contextmanager
    def reading_headers(self) -> Iterator[None]:
        self.header_budget = self.limits.header
        try:
            yield
        finally:
            self.header_budget = None

    def _process_read(self, data: bytes) -> None:
        super()._process_read(data)
        if self.num_read > self.limits.archive:
            raise ArchiveOverLimit(
                f"over {self.limits.archive} bytes decompressed (NEWSFACTS_MAX_WARC_BYTES)"
            )

    def readline(self, length: int | None = None) -> bytes:
        cap = self.limits.header + 1
        line = super().readline(cap if length is None else min(length, cap))
        if len(line) >= cap:
            raise ArchiveOverLimit(
                f"a line over {self.limits.header} bytes where a header was expected (NEWSFACTS_MAX_WARC_HEADER_BYTES)"
            )
        if self.header_budget is not None:
            self.header_budget -= len(line)
            if self.header_budget < 0:
                raise ArchiveOverLimit(
                    f"headers over {self.limits.header} bytes (NEWSFACTS_MAX_WARC_HEADER_BYTES)"
                )
        return line


@contextlib.contextmanager
def _warnings_logged(name: str) -> Iterator[None]:
    """warcio writes some warnings straight to stderr (a record not followed by a blank line, a
    payload that stops decompressing): log them, with the file's name, instead."""
    captured = io.StringIO()
    try:
        with contextlib.redirect_stderr(captured):
            yield
    finally:
        text = " ".join(captured.getvalue().split())
        if text:
            log.warning("%s: %s", name, text if len(text) <= 300 else text[:297] + "...")


def _no_pages(count: int) -> str:
    records = "1 record" if count == 1 else f"{count} records"
    return f"no HTML page in the archive ({records}, none an HTML response with HTTP status 200)"


def _declared_over_limit(record: Any, limit: int) -> str | None:
    declared = (record.rec_headers.get_header("Content-Length") or "").strip()
    if declared.isascii() and declared.isdigit() and (len(declared) > 18 or int(declared) > limit):
        shown = declared if len(declared) <= 30 else declared[:27] + "..."
        return f"declares {shown} bytes, over the {limit}-byte limit (NEWSFACTS_MAX_WARC_RECORD_BYTES)"
    return None


def _record_result(record: Any, item: str, uri: str) -> RawDocument | Failure | None:
    try:
        return _record_document(record, item, uri)
    except InputError as err:
        return Failure(source=item, reason=err.reason)
    except ArchiveOverLimit:
        raise
    except Exception as err:  # this record's failure; the archive goes on
        log.debug("%s: unexpected error", item, exc_info=True)
        return Failure(source=item, reason=unexpected(err))


def _drain(record: Any, limit: int) -> bool:
    """Reads the rest of the record's block; True when the archive ends before its Content-Length, or
    the record has no valid one (its headers were cut off: warcio would read on to the archive's end).
    Raises ``ArchiveOverLimit`` past ``limit`` bytes."""
    stream = record.raw_stream
    read = stream.tell() if isinstance(stream, LimitReader) else 0
    while chunk := stream.read(BUFF_SIZE):
        read += len(chunk)
        if read > limit:
            raise ArchiveOverLimit(f"over {limit} bytes decompressed (NEWSFACTS_MAX_WARC_RECORD_BYTES)")
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
    document = page_to_document(decode_html(body, declared=charset, name=item), item, url=uri, kind="warc")
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
