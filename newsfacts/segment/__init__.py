"""Raw documents to articles: headers attached to bodies by content, bullets, datelines, truncation, and the
shape of the page each article came from (``Article.page_kind``).

A text dump is read line by line (``lines``): blank, boilerplate, URL, bullet, furniture (timestamp, byline,
section label), heading or body paragraph. The lines are grouped into bodies, header blocks and furniture
(``blocks``). The page's shape is read from that sequence (``shapes``): a liveblog is one article, a listing
of headline + teaser pairs one teaser article per pair, a bulletin one article per story, anything else
the articles its header blocks and datelines mark out, each header block attached to the body before or
after it by the words they share (``attach``).

Structured documents (HTML, feeds, WARC, JSONL) are one article each; they get the same boilerplate
filtering, dateline and truncation detection.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace

from .. import language, lexicon
from ..ingest.base import RawDocument, host_of
from ..records import Article, article_id, source_key
from .attach import FOLLOWING_BODY_PRIOR, Overlap, _options, attach
from .blocks import Body, Header, blocks, content_words, same
from .datelines import find_dateline, match_dateline
from .lines import (
    BULLET_RE,
    CONTINUED_RE,
    WORD_RE,
    classify,
    ends_cut,
    is_caption,
    is_stamp,
    is_terminal,
    looks_like_heading,
    read_lines,
    word_count,
)
from .shapes import LIVE_RE, Part, is_liveblog, layout

__all__ = [
    "FOLLOWING_BODY_PRIOR", "Body", "Header", "Overlap", "_options", "attach", "classify", "content_words",
    "find_dateline", "guess_language", "is_cut_off", "match_dateline", "segment", "segment_all",
]

log = logging.getLogger(__name__)

STOPWORDS = lexicon.words("text.function_words") | lexicon.words("text.segment_stopwords")
LANGUAGE_MIN_STOPWORD_SHARE = 0.15
BULLET_MARK = "- "  # how a summary bullet is written in the article's text
BULLET_PHRASE_MAX_WORDS = 12  # a longer bullet is a sentence, which ends with a full stop


def segment(doc: RawDocument, date: str | None = None) -> list[Article]:
    """The articles in one raw document. ``date`` is a reference date given by the user (``--date``),
    used as ``published`` only where the input states none."""
    lines = read_lines(doc.text)
    if not doc.segment:
        paragraphs = [ln.text for ln in lines]
        if doc.title and paragraphs and same(paragraphs[0], doc.title):
            paragraphs = paragraphs[1:]  # the page's headline, already the title
        if not paragraphs:
            return []
        live = bool(doc.title and LIVE_RE.search(doc.title)) or is_liveblog(blocks(lines))
        return [_article(doc, Part(Body(paragraphs), None), "liveblog" if live else "article", date)]
    page = layout(blocks(lines))
    return [_article(doc, part, page.kind, date) for part in page.parts if part.body.paragraphs]


def segment_all(docs: Sequence[RawDocument], date: str | None = None) -> list[Article]:
    return [a for d in docs for a in segment(d, date)]


def _article(doc: RawDocument, part: Part, page_kind: str, date: str | None) -> Article:
    body, header = part.body, part.header
    # the header's summary bullets open the text, so that their figures are read as the body's are
    bullets = [f"{BULLET_MARK}{b}" for b in header.bullets] if header else []
    text = "\n\n".join(bullets + body.paragraphs)
    url = (header.urls[0] if header and header.urls else None) or doc.url
    title = (header.titles[0] if header and header.titles else None) or doc.title
    source = doc.source
    if url and not source.url:
        source = replace(source, url=url)
    if source.outlet is None and source.url:
        source = replace(source, outlet=host_of(source.url))
    return Article(
        id=article_id(source_key(source), text),
        source=source,
        text=text,
        title=title,
        url=url,
        dateline=find_dateline(text, 1, skip=_furniture) if page_kind == "liveblog"
        else find_dateline(text, skip=_is_bullet),
        published=doc.published or date,
        bullets=tuple(header.bullets) if header else (),
        truncated=part.teaser or is_truncated(body.paragraphs),
        language=language.detect(text),
        page_kind=page_kind,  # type: ignore[arg-type]
        teaser=part.teaser,
    )


def _is_bullet(paragraph: str) -> bool:
    return BULLET_RE.match(paragraph) is not None


def _furniture(paragraph: str) -> bool:
    """A liveblog's entry time or summary bullet, passed over when its dateline is looked for."""
    return is_stamp(paragraph) or _is_bullet(paragraph)


def is_truncated(paragraphs: Sequence[str]) -> bool:
    """Whether the text stops mid-sentence or mid-word (an ellipsis, no closing punctuation, a cut word), or
    a paragraph inside it was cut off by the scraper. A closing list of short bullets without full stops ends
    it cleanly; a bullet that is a sentence, in a list whose bullets end with full stops, does not."""
    if not paragraphs:
        return False
    last = paragraphs[-1]
    if BULLET_RE.match(last):
        sentences = word_count(last) > BULLET_PHRASE_MAX_WORDS or any(
            BULLET_RE.match(p) and is_terminal(p) for p in paragraphs[:-1])
        cut = sentences and ends_cut(last)
    else:
        cut = ends_cut(last)
    return cut or any(is_cut_off(p) for p in paragraphs[:-1])


def is_cut_off(paragraph: str) -> bool:
    """A body paragraph that stops without closing punctuation was cut off by the scraper (one that ends
    with a comma or a dash goes on in the next paragraph; a photo caption ends with its credit)."""
    return (not is_terminal(paragraph) and not BULLET_RE.match(paragraph) and not looks_like_heading(paragraph)
            and not CONTINUED_RE.search(paragraph) and not is_caption(paragraph))


def guess_language(text: str) -> str | None:
    """'en' when enough of the words are English function words, else None (unknown)."""
    words = WORD_RE.findall(text[:5000].lower())
    if len(words) < 5:
        return None
    share = sum(w in STOPWORDS for w in words) / len(words)
    return "en" if share >= LANGUAGE_MIN_STOPWORD_SHARE else None
