"""RSS and Atom feeds: each entry is one article, dated by the feed (feed dates are publication dates).

XML with entity declarations is refused before parsing. feedparser is only ever handed the bytes
(as a stream, so it never tries them as a file name or URL).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import io
import logging
import re
import time
from collections.abc import Iterator
from typing import Any

from .. import settings
from ..errors import EmptyInput, InputError, InputTooLarge, MalformedInput, UnsafeInput
from ..records import Failure, Source
from ._markup import html_to_text, paragraphs, prolog
from .base import RawDocument, Reader, publication_date, unexpected
from .webpage import not_a_charset

__all__ = ["READER", "read", "sniff"]

log = logging.getLogger(__name__)

FEED_ROOT = re.compile(r"<(rss|feed|rdf:RDF)[\s/>]", re.IGNORECASE)
FEED_DOCTYPES = {"rss", "feed", "rdf:rdf"}
HTML_TYPES = {"text/html", "application/xhtml+xml"}
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""\s{0,100}<\?xml[^>]{0,200}?encoding\s*=\s*(["'])([A-Za-z0-9_.:-]{1,100})\1""")


def sniff(head: bytes, name: str) -> bool:
    """An ``<rss>``, ``<feed>`` or ``<rdf:RDF>`` root, after an optional XML declaration and DOCTYPE."""
    start = prolog(head)
    return bool(FEED_ROOT.match(start.rest)) or start.doctype in FEED_DOCTYPES


def read(data: bytes, name: str) -> Iterator[RawDocument | Failure]:
    refuse_entities(data, name)
    data = _without_bogus_encoding(data, name)
    import feedparser  # here, not at the top: a command that reads no feed (a ledger query) never waits for it

    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    if not parsed.entries:
        if parsed.bozo:
            raise MalformedInput(name, f"not a readable feed: {_describe(parsed.get('bozo_exception'))}")
        raise EmptyInput(name, "the feed has no entries")
    if parsed.bozo:
        log.warning(
            "%s: feed is not well-formed (%s); read leniently", name, _describe(parsed.bozo_exception)
        )
    outlet = _text_of(parsed.feed, "title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        item = entry.get("id") or entry.get("link") or str(number)
        try:
            yield _entry_document(entry, name, outlet, item)
        except InputError as err:
            yield Failure(source=f"{name}#{item}", reason=err.reason)
        except Exception as err:  # this entry's failure; the next entries go on
            log.debug("%s#%s: unexpected error", name, item, exc_info=True)
            yield Failure(source=f"{name}#{item}", reason=unexpected(err))


def refuse_entities(data: bytes, name: str) -> None:
    """Raises ``UnsafeInput`` when the XML declares entities (billion laughs, external entities), looking
    at the raw bytes, the bytes without NULs (UTF-16/32) and the UTF-8 that feedparser would parse."""
    from feedparser.encodings import convert_to_utf8

    views = [data, data.replace(b"\x00", b"")]
    try:
        views.append(convert_to_utf8({}, data, {}))
    except (LookupError, UnicodeError, ValueError) as err:
        log.debug("%s: cannot convert to UTF-8 for the entity check: %s", name, err)
    if any(_ENTITY_DECLARATION.search(view) for view in views):
        raise UnsafeInput(name, "XML entity declarations are not allowed")


def _without_bogus_encoding(data: bytes, name: str) -> bytes:
    """The feed without its XML declaration's encoding when that names a codec that is no charset
    (punycode, undefined, hex ...: feedparser would try it and fail); feedparser then detects one."""
    found = _XML_ENCODING.match(data)
    if found and not_a_charset(found.group(2).decode("ascii")):
        log.warning("%s: ignoring encoding %r: not a text encoding for documents", name, found.group(2).decode())
        return data[: found.start(2)] + b"utf-8" + data[found.end(2) :]
    return data


def _entry_document(entry: Any, name: str, outlet: str | None, item: str) -> RawDocument:
    text = _entry_text(entry, item)
    if not text:
        raise MalformedInput(item, "the feed entry has no text")
    link = entry.get("link") or None
    source = Source(path=name, url=link, outlet=outlet, id=entry.get("id") or None, kind="feed")
    return RawDocument(
        text=text,
        source=source,
        title=_text_of(entry, "title") or None,
        url=link,
        published=_entry_date(entry),
    )


def _entry_text(entry: Any, item: str) -> str:
    """The entry's full content if it has any text, else its summary, as plain paragraphs."""
    details = list(entry.get("content") or [])
    if entry.get("summary_detail"):
        details.append(entry["summary_detail"])
    elif entry.get("summary"):
        details.append({"type": "text/html", "value": entry["summary"]})
    for detail in details:
        text = _detail_text(detail, item)
        if text:
            return text
    return ""


def _detail_text(detail: Any, item: str) -> str:
    value = detail.get("value") or ""
    limit = settings.get("max_html_bytes")
    if len(value) > limit:
        raise InputTooLarge(item, f"entry content is over the {limit}-byte limit (NEWSFACTS_MAX_HTML_BYTES)")
    if (detail.get("type") or "text/html") in HTML_TYPES:
        return html_to_text(value)
    return paragraphs(value.replace("\r\n", "\n"))


def _text_of(node: Any, key: str) -> str:
    detail = node.get(f"{key}_detail") or {"type": "text/plain", "value": node.get(key) or ""}
    value = detail.get("value") or ""
    text = html_to_text(value) if detail.get("type") in HTML_TYPES else value
    return " ".join(text.split())


def _entry_date(entry: Any) -> str | None:
    """The entry's publication (else update) date as the feed writes it, in the feed's own time zone;
    feedparser's UTC struct_time only when the string is neither RFC 822 nor ISO 8601."""
    for key in ("published", "updated"):
        stated = _stated_date(entry.get(key))
        if stated:
            return stated
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            try:
                return publication_date(time.strftime("%Y-%m-%d", parsed))
            except (TypeError, ValueError, OverflowError):
                return None
    return None


def _stated_date(value: str | None) -> str | None:
    """The date part of an RFC 822 or ISO 8601 date as written; None for a date that cannot be
    represented (a zone offset of days, year 0) or is out of ``base.PUBLISHED_YEARS``."""
    if not value:
        return None
    value = value.strip()
    try:
        return publication_date(email.utils.parsedate_to_datetime(value).date())
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    try:
        return publication_date(dt.datetime.fromisoformat(value.replace("z", "Z")).date())
    except (ValueError, OverflowError):
        return None


def _describe(error: BaseException | None) -> str:
    if error is None:
        return "unknown error"
    return str(error) or type(error).__name__


READER = Reader("feed", sniff, read)
