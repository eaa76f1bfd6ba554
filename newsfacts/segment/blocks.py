"""Consecutive lines grouped into bodies, header blocks and furniture, in page order.

Runs of body paragraphs are article bodies; a paragraph that opens with a dateline ("ISLAMABAD:") after a
whole article starts a new body. Runs of headings, URLs and bullets are split into header blocks (a title,
its URL, its bullets). Timestamps, bylines and section labels stay in the sequence as markers, where the
page's shape is read from them (a liveblog's entry times, a listing's dated items) before they are dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .. import lexicon
from .datelines import match_dateline
from .lines import BULLET_RE, WORD_RE, Line, is_caption, word_count

LEAD_MAX_WORDS = 100  # a shorter headerless body before a dateline paragraph is that article's lead
LEAD_TITLE_MAX_WORDS = 20

# words that tie nothing together: English function words and French ones (the French list of words a cut-off
# line may end with), so that a French headline and body are compared by what they say
STOPWORDS = (lexicon.words("text.function_words") | lexicon.words("text.segment_stopwords")
             | lexicon.words("text.dangling_words_fr"))
STEM_SUFFIXES = lexicon.terms("text.stem_suffixes")


@dataclass
class Body:
    paragraphs: list[str] = field(default_factory=list)

    @property
    def words(self) -> int:
        return sum(word_count(p) for p in self.paragraphs)


@dataclass
class Header:
    titles: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    furnished: bool = False  # a byline or timestamp stood by it: an article's own header
    leads: bool = False  # the page's first headline, above its first body

    @property
    def words(self) -> list[str]:
        return content_words(" ".join(self.titles + self.bullets))

    @property
    def lone_heading(self) -> bool:
        """A single heading line with no URL or bullets: a title, a subhead or a story's headline."""
        return len(self.titles) == 1 and not self.urls and not self.bullets


@dataclass
class Marker:
    kind: str  # stamp, byline, label
    text: str


Item = Body | Header | Marker


def blocks(lines: Sequence[Line]) -> list[Item]:
    """Consecutive lines grouped into bodies, header blocks and markers, in page order."""
    out: list[Item] = []
    for line in lines:
        last = out[-1] if out else None
        if line.kind == "label" and isinstance(last, Body):
            last.paragraphs.append(line.text)  # a section label inside a body ("ABSTRACT.", "OVERVIEW")
        elif line.kind in ("stamp", "byline", "label"):
            out.append(Marker(line.kind, line.text))
        elif line.kind in ("body", "item"):
            if not isinstance(last, Body):
                out.append(Body([line.text]))
            elif match_dateline(line.text) is None:
                last.paragraphs.append(line.text)
            elif not _is_complete(last):
                _lead_into(out, line.text)
            elif _opens_story(out):
                out.append(Body([line.text]))  # a dateline after a whole article opens the next one
            else:
                last.paragraphs.append(line.text)  # one headline over the page: a dateline inside its story
        elif line.kind == "bullet" and isinstance(last, Body):
            last.paragraphs.append(line.text)  # a list inside an article body
        elif line.kind == "bullet" and (head := _header_above(out)) is not None:
            head.bullets.append(BULLET_RE.sub("", line.text))  # under a label, byline or timestamp: the title's
        else:
            _add_to_header(out, line)
    return out


def _is_complete(body: Body) -> bool:
    """Whether a body is a whole article rather than the lead (title, abstract) of one with a dateline."""
    return match_dateline(body.paragraphs[0]) is not None or body.words >= LEAD_MAX_WORDS


def _opens_story(out: list[Item]) -> bool:
    """Whether a dateline paragraph after the whole article ``out[-1]`` opens a new story: the article has
    its own dateline (one of a run of dated stories), or the page has no header block before it. Under a
    headline, a long undated body with a dateline paragraph inside is one story."""
    body = out[-1]
    assert isinstance(body, Body)
    return match_dateline(body.paragraphs[0]) is not None or not any(isinstance(x, Header) for x in out)


def _lead_into(out: list[Item], dated_paragraph: str) -> None:
    """The body so far leads into a dateline paragraph: its first short paragraph is the headline,
    unless a header block already stands before it or the paragraph is a photo's caption."""
    body = out[-1]
    assert isinstance(body, Body)
    first = body.paragraphs[0]
    has_header = any(isinstance(x, Header) for x in out[-3:-1])
    if not has_header and len(first.split()) <= LEAD_TITLE_MAX_WORDS and not is_caption(first):
        out.insert(len(out) - 1, Header(titles=[first]))
        body.paragraphs.pop(0)
    body.paragraphs.append(dated_paragraph)


def _header_above(out: list[Item]) -> Header | None:
    """The titled header block that summary bullets after page furniture belong to: the last block before the
    markers (a list label such as "Key points" or "KEY FIGURES", a byline, a timestamp) that end ``out``.
    The label is dropped: it heads the bullets, which leave the sequence."""
    k = len(out)
    while k > 0 and isinstance(out[k - 1], Marker):
        k -= 1
    if k == len(out) or k == 0:
        return None
    head = out[k - 1]
    if not isinstance(head, Header) or not head.titles:
        return None
    out[k:] = [x for x in out[k:] if not (isinstance(x, Marker) and x.kind == "label")]  # the list's label
    return head


def _add_to_header(out: list[Item], line: Line) -> None:
    head = out[-1] if out and isinstance(out[-1], Header) else None
    text = BULLET_RE.sub("", line.text) if line.kind == "bullet" else line.text
    if line.kind == "heading":
        repeated = head is not None and any(same(text, t) for t in head.titles)
        if repeated:
            return
        if head is None or head.bullets or head.titles:
            out.append(Header(titles=[text]))
        else:
            head.titles.append(text)
    elif head is None:
        out.append(Header(**{"urls" if line.kind == "url" else "bullets": [text]}))
    elif line.kind == "url":
        head.urls.append(text)
    else:
        head.bullets.append(text)


def same(a: str, b: str) -> bool:
    return content_words(a) == content_words(b)


def content_words(text: str) -> list[str]:
    return [_stem(w) for w in WORD_RE.findall(text.lower()) if w not in STOPWORDS and len(w) > 1]


def _stem(word: str) -> str:
    word = word.replace("’", "'").removesuffix("'s")
    for suffix in STEM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word
