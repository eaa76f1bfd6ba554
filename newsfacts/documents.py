"""From the documents the readers give to the articles the stages read: a stated date checked, text made valid
Unicode, segmentation, and what a document declares about itself over what segmentation guessed.

``articles(documents, date, language)`` does it in this process. Among worker processes the calling process
only reads: ``deferred`` wraps each document that holds one article, or few enough to fit one batch, as an
``Unsegmented`` item that a worker turns into its articles (``expand``) before the stages run, so that
segmentation and language detection cost the calling process, the one that reads and writes for every worker,
nothing; a document larger than a batch (a text dump of many articles) is segmented here, so that its articles
spread over the workers. The articles and their order are the same either way.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from .ingest.base import RawDocument
from .records import Article, Failure, clean_text
from .segment import segment

log = logging.getLogger(__name__)

INVALID_UNICODE = "invalid_unicode"  # the flag of an article whose input held lone surrogates (now U+FFFD)
# The reference dates accepted: every date within a century of one must exist (year 1 to 9999), so the
# arithmetic on it (relative dates, the conflict finder's comparison window) cannot overflow.
DATE_RANGE = ("0101-01-01", "9899-12-31")


def articles(documents: Iterable[RawDocument | Failure], date: str | None,
             language: str | None = None) -> Iterator[Article | Failure]:
    """The articles of each document in order (``date``: the reference date of those that state none;
    ``language``: the language of those that declare none); a failure passes through, its text made valid."""
    for item in documents:
        if isinstance(item, Failure):
            yield _clean_failure(item)
        else:
            yield from _segmented(item, date, language)


@dataclass(frozen=True)
class Unsegmented:
    """A document whose segmentation is left to the worker that runs its batch (``expand``)."""

    document: RawDocument
    date: str | None
    language: str | None

    @property
    def text(self) -> str:  # what a batch is sized by, as an article's text
        return self.document.text


def deferred(documents: Iterable[RawDocument | Failure], date: str | None, language: str | None,
             chars: int) -> Iterator[Article | Unsegmented | Failure]:
    """``articles``, but each document that gives one article (structured input: HTML, a feed's entry, a WARC
    record, a JSONL line) or has fewer than ``chars`` characters comes as ``Unsegmented``, for a worker."""
    for item in documents:
        if isinstance(item, Failure):
            yield _clean_failure(item)
        elif item.segment and len(item.text) >= chars:
            yield from _segmented(item, date, language)
        else:
            yield Unsegmented(item, date, language)


def expand(batch: Sequence[Article | Unsegmented]) -> list[Article]:
    """A batch's articles: each ``Unsegmented`` document segmented, in place."""
    if not any(isinstance(x, Unsegmented) for x in batch):
        return list(batch)  # type: ignore[arg-type]
    out: list[Article] = []
    for x in batch:
        if isinstance(x, Unsegmented):
            out.extend(_segmented(x.document, x.date, x.language))
        else:
            out.append(x)
    return out


def _segmented(doc: RawDocument, date: str | None, language: str | None) -> list[Article]:
    if language and not doc.language:  # what the input declares comes first
        doc = replace(doc, language=language)
    doc, flags = _clean_document(_dated(doc))
    return _declared(doc, segment(doc, date), doc.flags + flags)


def _declared(doc: RawDocument, found: list[Article], flags: tuple[str, ...]) -> list[Article]:
    """What a document declares about itself over what segmentation guessed: a declared title (front
    matter, manifest) is the title of a text file that holds one article; a declared language is every
    article's; the document's flags go on each article."""
    title = doc.title if doc.segment and len(found) == 1 else None
    if not (title or doc.language or flags):
        return found
    return [replace(a, title=title or a.title, language=doc.language or a.language,
                    flags=tuple(dict.fromkeys(a.flags + flags))) for a in found]


def _clean_document(doc: RawDocument) -> tuple[RawDocument, tuple[str, ...]]:
    """Text enters here as valid Unicode: lone surrogates (a JSON ``"\\ud800"``, an undecodable byte in a
    file name) in the text, title, url, date or source become U+FFFD, and the articles of that document
    are flagged ``invalid_unicode``; before, one such article failed its whole batch."""
    text, title, url, published = (clean_text(v) if v else v for v in (doc.text, doc.title, doc.url, doc.published))
    src = doc.source
    path, surl, outlet, sid = (clean_text(v) if v else v for v in (src.path, src.url, src.outlet, src.id))
    if (text, title, url, published, path, surl, outlet, sid) == (
            doc.text, doc.title, doc.url, doc.published, src.path, src.url, src.outlet, src.id):
        return doc, ()
    log.warning("%s: text that is not valid Unicode (lone surrogates) replaced by U+FFFD", path or surl or sid or "<text>")
    source = replace(src, path=path, url=surl, outlet=outlet, id=sid)
    return replace(doc, text=text, title=title, url=url, published=published, source=source), (INVALID_UNICODE,)


def _dated(doc: RawDocument) -> RawDocument:
    """A stated publication date outside ``DATE_RANGE`` (a JSONL "9999-12-31") is ignored with a warning,
    as an unreadable one is: the date arithmetic of later stages would overflow on it."""
    if doc.published is None or DATE_RANGE[0] <= doc.published[:10] <= DATE_RANGE[1]:
        return doc
    name = doc.source.path or doc.source.url or doc.source.id or "<text>"
    log.warning("%s: ignoring the publication date %r, outside %s to %s", name, doc.published, *DATE_RANGE)
    return replace(doc, published=None)


def _clean_failure(failure: Failure) -> Failure:
    source, reason = clean_text(failure.source), clean_text(failure.reason)
    return failure if (source, reason) == (failure.source, failure.reason) else replace(failure, source=source, reason=reason)
