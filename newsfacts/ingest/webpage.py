"""HTML pages: the main text, title, canonical URL and stated publication date, through trafilatura.

``page_to_document`` is shared with the WARC reader. Dates come only from what the page states
(trafilatura with ``extensive_search=False``); no date is ever guessed or taken from the clock.
"""

from __future__ import annotations

import codecs
import datetime as dt
import logging
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

import lxml.etree

from .. import settings
from ..errors import EmptyInput, InputTooLarge, MalformedInput
from ..records import Source
from ._markup import paragraphs, prolog
from .base import RawDocument, Reader, host_of, publication_date

__all__ = ["READER", "decode_html", "not_a_charset", "page_to_document", "read", "sniff"]

log = logging.getLogger(__name__)

HTML_START = re.compile(r"<(html|head|body|meta|title)[\s/>]", re.IGNORECASE)
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
DATE_PARAMS = {"extensive_search": False, "original_date": True}

_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
# Labels that browsers read as another codec (WHATWG Encoding Standard).
_LABEL_CODECS = {"ascii": "cp1252", "iso8859-1": "cp1252", "iso8859-9": "cp1254"}
# Python's text codecs that are no document charset (and that no browser reads): ignored as labels.
_NOT_CHARSETS = frozenset(
    {"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape", "charmap", "utf-7", "mbcs", "oem"}
)


def sniff(head: bytes, name: str) -> bool:
    """A DOCTYPE html, or an html/head/body/meta/title tag first after the prolog; an .html name breaks ties."""
    start = prolog(head)
    if start.doctype == "html" or HTML_START.match(start.rest):
        return True
    return name.lower().endswith(HTML_SUFFIXES) and re.match(r"<[A-Za-z!]", start.rest) is not None


def read(data: bytes, name: str) -> Iterator[RawDocument]:
    yield page_to_document(data, name)


def page_to_document(html: bytes | str, name: str, url: str | None = None, kind: str = "html") -> RawDocument:
    """One HTML page as a document. ``url`` is where the page was found (a WARC target URI), if known:
    then the item is a URL, not a file, and ``source.path`` is None. Raises ``errors.InputError``."""
    size = len(html) if isinstance(html, bytes) else len(html.encode("utf-8", errors="replace"))
    limit = settings.get("max_html_bytes")
    if size > limit:
        raise InputTooLarge(
            name, f"HTML page of {size} bytes is over the {limit}-byte limit (NEWSFACTS_MAX_HTML_BYTES)"
        )
    text = decode_html(html, name=name) if isinstance(html, bytes) else html
    text = text.replace("\x00", "")
    if not text.strip():
        raise EmptyInput(name, "empty input")
    page = _extract(text, name, url)
    body = paragraphs(re.sub(r"\n+", "\n\n", page.text or ""))  # trafilatura: a block a line
    if not body:
        raise MalformedInput(name, "no article text found in the HTML page")
    page_url = _absolute_url(page.url) or url
    source = Source(
        path=None if url else name,
        url=page_url,
        outlet=_clean(page.sitename) or host_of(page_url),
        kind=kind,
    )
    return RawDocument(
        text=body, source=source, title=_clean(page.title), url=page_url, published=_iso_date(page.date)
    )


def _extract(text: str, name: str, url: str | None):
    import trafilatura  # here, not at the top: a command that reads no HTML (a ledger query) never waits for it

    try:
        page = trafilatura.bare_extraction(
            text,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=dict(DATE_PARAMS),
        )
    except (ValueError, TypeError, RecursionError, lxml.etree.LxmlError) as err:
        raise MalformedInput(name, f"cannot parse the HTML page: {err}") from None
    if page is None:
        raise MalformedInput(name, "no article text found in the HTML page")
    return page


def decode_html(data: bytes, declared: str | None = None, name: str = "<html>") -> str:
    """HTML bytes to text: a BOM first, then ``declared`` (an HTTP charset), then a meta charset or
    XML encoding in the first 4 KB; otherwise UTF-8, with undecodable bytes replaced. A label that
    names no text encoding for documents (hex, rot13, base64, idna, utf-7 ...) is ignored, and a codec
    that fails to decode falls back to the next label, then UTF-8: this never raises."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    head = data[:4096]
    found = _META_CHARSET.search(head) or _XML_ENCODING.match(head)
    for label in (declared, found.group(1).decode("ascii") if found else None):
        codec = _codec(label, name)
        if codec:
            try:
                return data.decode(codec, errors="replace")
            except (LookupError, UnicodeError, ValueError, TypeError) as err:
                log.warning("%s: cannot decode the page as %s (%s); trying the next charset", name, label, err)
    return data.decode("utf-8", errors="replace")


def _codec(label: str | None, name: str = "<html>") -> str | None:
    if not label:
        return None
    try:
        info = codecs.lookup(label.strip().strip("\"'"))
    except LookupError:
        log.debug("%s: unknown charset %r", name, label)
        return None
    if not _is_charset(info):
        log.warning("%s: ignoring charset %r: not a text encoding for documents", name, label)
        return None
    codec = info.name
    if codec.startswith(("utf-16", "utf-32")):
        return "utf-8"  # a charset readable as ASCII cannot be UTF-16; browsers read UTF-8
    return _LABEL_CODECS.get(codec, codec)


def not_a_charset(label: str) -> bool:
    """True for a label that names a Python codec that is no document charset (hex, rot13, idna ...);
    False for a charset and for a label that names no codec at all."""
    try:
        return not _is_charset(codecs.lookup(label.strip().strip("\"'")))
    except LookupError:
        return False


def _is_charset(info: codecs.CodecInfo) -> bool:
    return getattr(info, "_is_text_encoding", True) and info.name not in _NOT_CHARSETS


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        date = dt.date.fromisoformat(value[:10])
    except ValueError:
        log.warning("ignoring a page date that is not an ISO date: %r", value)
        return None
    return publication_date(date)


def _absolute_url(value: str | None) -> str | None:
    if value and urlsplit(value).scheme in ("http", "https") and urlsplit(value).netloc:
        return value
    return None


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else ""
    return value or None


READER = Reader("html", sniff, read)
