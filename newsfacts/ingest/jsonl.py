"""JSON Lines: one article a line, ``{"text": ..., "id", "title", "url", "published", "source"}``.

A bad line becomes a ``records.Failure`` naming ``file:line``; the other lines go on, in order.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
from collections.abc import Iterator
from typing import Any

from .. import settings
from ..errors import MalformedInput
from ..records import Failure, Source
from .base import PUBLISHED_YEARS, RawDocument, Reader, publication_date, unexpected

__all__ = ["READER", "read", "sniff"]

log = logging.getLogger(__name__)

JSONL_SUFFIXES = (".jsonl", ".ndjson")
_BOM = b"\xef\xbb\xbf"


def sniff(head: bytes, name: str) -> bool:
    """The first non-blank line parses as a JSON object; a first line longer than the head needs a
    ``{`` start and a .jsonl/.ndjson name."""
    text = head.removeprefix(_BOM).lstrip(b" \t\r\n")
    if not text.startswith(b"{"):
        return False
    line, newline, _ = text.partition(b"\n")
    if not newline and len(head) >= 4096:
        return name.lower().endswith(JSONL_SUFFIXES)
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False


def read(data: bytes, name: str) -> Iterator[RawDocument | Failure]:
    limit = settings.get("max_jsonl_line_bytes")
    for number, line in enumerate(io.BytesIO(data.removeprefix(_BOM)), start=1):
        if not line.strip():
            continue
        item = f"{name}:{number}"
        try:
            yield _line_document(line, name, item, limit)
        except MalformedInput as err:
            yield Failure(source=item, reason=err.reason)
        except Exception as err:  # this line's failure; the next lines go on
            log.debug("%s: unexpected error", item, exc_info=True)
            yield Failure(source=item, reason=unexpected(err))


def _line_document(line: bytes, name: str, item: str, limit: int) -> RawDocument:
    if len(line) > limit:
        raise MalformedInput(
            item, f"line of {len(line)} bytes is over the {limit}-byte limit (NEWSFACTS_MAX_JSONL_LINE_BYTES)"
        )
    obj = _parse(line, item)
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise MalformedInput(item, 'no "text": each line needs a non-empty string "text"')
    outlet, source_url = _source_fields(obj.get("source"))
    url = _string(obj, "url", item) or source_url
    source = Source(path=name, url=url, outlet=outlet, id=_identifier(obj.get("id")), kind="jsonl")
    return RawDocument(
        text=text.replace("\r\n", "\n").replace("\r", "\n"),
        source=source,
        title=_string(obj, "title", item),
        url=url,
        published=_published(obj.get("published"), item),
    )


def _parse(line: bytes, item: str) -> dict[str, Any]:
    try:
        obj = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        raise MalformedInput(item, "not UTF-8 text") from None
    except json.JSONDecodeError as err:
        raise MalformedInput(item, f"not JSON: {err.msg} at column {err.colno}") from None
    except RecursionError:
        raise MalformedInput(item, "not readable JSON: nested too deeply") from None
    except ValueError as err:  # an integer with too many digits ...
        raise MalformedInput(item, f"not readable JSON: {err}") from None
    if not isinstance(obj, dict):
        raise MalformedInput(item, f"not a JSON object but a {type(obj).__name__}")
    return obj


def _string(obj: dict[str, Any], key: str, item: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        log.warning("%s: ignoring %r, not a string", item, key)
        return None
    return value.strip() or None


def _identifier(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (str, int)):
        return str(value) if str(value).strip() else None
    return None


def _source_fields(value: Any) -> tuple[str | None, str | None]:
    """``source`` is the outlet's name, or an object with ``outlet`` (or ``name``) and ``url``."""
    if isinstance(value, str):
        return value.strip() or None, None
    if isinstance(value, dict):
        outlet = value.get("outlet") or value.get("name")
        url = value.get("url")
        return (
            outlet.strip() or None if isinstance(outlet, str) else None,
            url.strip() or None if isinstance(url, str) else None,
        )
    return None, None


def _published(value: Any, item: str) -> str | None:
    """An ISO date, or the date part of an ISO datetime as written (its own time zone); else None."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            date = dt.datetime.fromisoformat(value.strip()).date()
        except ValueError:
            pass
        else:
            if publication_date(date):
                return date.isoformat()
            log.warning('%s: ignoring "published" %r, a year outside %d-%d', item, value,
                        PUBLISHED_YEARS.start, PUBLISHED_YEARS.stop - 1)
            return None
    log.warning('%s: ignoring "published" %r, not an ISO date or datetime', item, value)
    return None


READER = Reader("jsonl", sniff, read)
