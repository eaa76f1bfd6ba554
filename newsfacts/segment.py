"""Raw documents to articles: headers attached to bodies by content, bullets, datelines, truncation.

A text dump is read line by line. Each line is one of: blank, boilerplate ("Share", "Read more", a
cookie notice), a URL, a bullet, a heading (short, no closing punctuation) or a body paragraph. Runs
of body paragraphs are article bodies; a paragraph that opens with a dateline ("ISLAMABAD:") starts a
new body. Runs of headings, URLs and bullets are split into header blocks (a title, its URL, its
bullets). Each header block is then attached to the body before or after it, whichever shares more of
its words, with a small preference for the body that follows; the choice is made for the whole page
at once so that no body gets two headers and no two attachments cross.

Structured documents (HTML, feeds, WARC, JSONL) are one article each; they get the same boilerplate
filtering, dateline and truncation detection.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from . import gazetteer, language, lexicon
from .ingest.base import RawDocument, host_of
from .records import Article, Dateline, article_id, source_key

log = logging.getLogger(__name__)

HEADING_MAX_WORDS = 25
SUBHEAD_MAX_WORDS = 10
LEAD_MAX_WORDS = 100  # a shorter headerless body before a dateline paragraph is that article's lead
LEAD_TITLE_MAX_WORDS = 20
FOLLOWING_BODY_PRIOR = 0.15

URL_RE = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
BULLET_RE = re.compile(r"^[-•*–·▪►]\s+(?=\S)")
TERMINAL_RE = re.compile(r"(?:[.!?…:;]|\.\.\.)[\"'”’»)\]]*$|[)\]]$")
WORD_RE = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*", re.U)

# "ISLAMABAD:", "KABUL, Afghanistan (Reuters) —", "NEW DELHI, Dec 5 (AFP) -", "Geneva (AP) -"
_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}"
_TITLE_PLACE = r"[A-Z][a-z.'’-]+(?: [A-Z][a-z.'’-]+){0,2}"
_AGENCIES = "|".join(lexicon.terms("text.dateline_agencies"))
DATELINE_RE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE})"
    r"(?P<region>,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"     # , Afghanistan
    r"(?P<date>,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?"                 # , Dec 5
    r"(?P<agency>\s*\([^()\n]{1,40}\))?"                          # (Reuters)
    r"\s*[:—–-]\s+(?=\S)"
    rf"|^(?P<tplace>{_TITLE_PLACE})(?:,\s*[A-Z][a-z]{{2,8}}\.? \d{{1,2}})?\s*\((?:{_AGENCIES})\)\s*[:—–-]\s+(?=\S)"
)

# Capitalised labels that look like datelines ("CLARIFICATION:", "EDITOR'S NOTE:") but are not places.
NOT_DATELINES = lexicon.words("text.section_labels") | lexicon.words("text.not_dateline_labels")
DATELINE_SEARCH_PARAGRAPHS = 3

BOILERPLATE_RE = re.compile(rf"^(?:{'|'.join(lexicon.terms('text.boilerplate'))})$", re.I)
COOKIE_RE = re.compile(r"\bcookies?\b", re.I)
COOKIE_CONTEXT_RE = re.compile(rf"\b(?:{'|'.join(lexicon.terms('text.cookie_notice'))})\b", re.I)

STOPWORDS = lexicon.words("text.function_words") | lexicon.words("text.segment_stopwords")
LANGUAGE_MIN_STOPWORD_SHARE = 0.15
# A line ending in one of these was cut off mid-sentence; headlines do not end this way.
DANGLING_WORDS = lexicon.words("text.dangling_words")
STEM_SUFFIXES = lexicon.terms("text.stem_suffixes")


# ---------------------------------------------------------------------------------------------- lines


@dataclass
class Line:
    kind: str  # body, heading, url, bullet
    text: str


def classify(line: str) -> str | None:
    """The kind of one stripped, non-empty line, or None for boilerplate."""
    if is_boilerplate(line):
        return None
    if URL_RE.match(line):
        return "url"
    if BULLET_RE.match(line):
        return "bullet"
    if looks_like_heading(line):
        return "heading"
    return "body"


def is_boilerplate(line: str) -> bool:
    words = len(line.split())
    if words <= 12 and BOILERPLATE_RE.match(line.strip(" .|»›>")):
        return True
    return words <= 80 and bool(COOKIE_RE.search(line)) and bool(COOKIE_CONTEXT_RE.search(line))


def looks_like_heading(line: str) -> bool:
    words = WORD_RE.findall(line)
    if not words or len(words) > HEADING_MAX_WORDS or is_terminal(line) or match_dateline(line):
        return False
    if line[0] in "\"“" and line[-1] in "\"”":
        return False  # a quotation standing as its own paragraph
    last = words[-1]
    # "... said the" or "... by manufacturer c" is a cut-off paragraph, not a headline
    return last not in DANGLING_WORDS and not (len(last) == 1 and last.islower())


def is_terminal(text: str) -> bool:
    return bool(TERMINAL_RE.search(text.rstrip()))


# ---------------------------------------------------------------------------------------------- blocks


@dataclass
class Body:
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class Header:
    titles: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)

    @property
    def words(self) -> list[str]:
        return content_words(" ".join(self.titles + self.bullets))


def blocks(lines: Sequence[Line]) -> list[Body | Header]:
    """Consecutive lines grouped into bodies and header blocks, in page order."""
    out: list[Body | Header] = []
    for line in lines:
        last = out[-1] if out else None
        if line.kind == "body":
            if not isinstance(last, Body):
                out.append(Body([line.text]))
            elif match_dateline(line.text) is None:
                last.paragraphs.append(line.text)
            elif _is_complete(last):
                out.append(Body([line.text]))  # a dateline after a whole article opens the next one
            else:
                _lead_into(out, line.text)
        elif line.kind == "bullet" and isinstance(last, Body):
            last.paragraphs.append(line.text)  # a list inside an article body
        else:
            _add_to_header(out, line)
    return _merge_subheads(out)


def _is_complete(body: Body) -> bool:
    """Whether a body is a whole article rather than the lead (title, abstract) of one with a dateline."""
    words = sum(len(p.split()) for p in body.paragraphs)
    return match_dateline(body.paragraphs[0]) is not None or words >= LEAD_MAX_WORDS


def _lead_into(out: list[Body | Header], dated_paragraph: str) -> None:
    """The body so far leads into a dateline paragraph: its first short paragraph is the headline,
    unless a header block already stands right before it."""
    body = out[-1]
    assert isinstance(body, Body)
    first = body.paragraphs[0]
    has_header = len(out) >= 2 and isinstance(out[-2], Header)
    if not has_header and len(first.split()) <= LEAD_TITLE_MAX_WORDS:
        out.insert(len(out) - 1, Header(titles=[first]))
        body.paragraphs.pop(0)
    body.paragraphs.append(dated_paragraph)


def _add_to_header(out: list[Body | Header], line: Line) -> None:
    head = out[-1] if out and isinstance(out[-1], Header) else None
    text = BULLET_RE.sub("", line.text) if line.kind == "bullet" else line.text
    if line.kind == "heading":
        repeated = head is not None and any(_same(text, t) for t in head.titles)
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


def _merge_subheads(items: list[Body | Header]) -> list[Body | Header]:
    """A lone short heading between two parts of a body is a subhead, not a new article's title."""
    out: list[Body | Header] = []
    i = 0
    while i < len(items):
        item = items[i]
        if (
            isinstance(item, Header) and out and isinstance(out[-1], Body) and i + 1 < len(items)
            and isinstance(items[i + 1], Body) and _is_subhead(item)
            and not match_dateline(items[i + 1].paragraphs[0])  # type: ignore[union-attr]
        ):
            body = out[-1]
            body.paragraphs.append(item.titles[0])
            body.paragraphs.extend(items[i + 1].paragraphs)  # type: ignore[union-attr]
            i += 2
            continue
        out.append(item)
        i += 1
    return out


def _is_subhead(h: Header) -> bool:
    return len(h.titles) == 1 and not h.urls and not h.bullets and len(h.titles[0].split()) <= SUBHEAD_MAX_WORDS


def _same(a: str, b: str) -> bool:
    return content_words(a) == content_words(b)


# ---------------------------------------------------------------------------------------------- attachment


def content_words(text: str) -> list[str]:
    return [_stem(w) for w in WORD_RE.findall(text.lower()) if w not in STOPWORDS and len(w) > 1]


def _stem(word: str) -> str:
    word = word.replace("’", "'").removesuffix("'s")
    for suffix in STEM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


class Overlap:
    """How much of a header's vocabulary a body shares, weighted by how rare each word is among bodies."""

    def __init__(self, bodies: Sequence[Body]) -> None:
        self.vocab = [set(content_words(" ".join(b.paragraphs))) for b in bodies]
        n = len(bodies)
        df: dict[str, int] = {}
        for v in self.vocab:
            for w in v:
                df[w] = df.get(w, 0) + 1
        self.weight = {w: math.log(1 + n / d) for w, d in df.items()}

    def score(self, header: Header, body_index: int) -> float:
        words = set(header.words)
        if not words:
            return 0.0
        # fsum is exact, so the score does not depend on the order a set of strings iterates in (which
        # changes with PYTHONHASHSEED and could flip a tie from run to run)
        total = math.fsum(self.weight.get(w, math.log(2 + len(self.vocab))) for w in words)
        shared = math.fsum(self.weight[w] for w in words & self.vocab[body_index])
        return shared / total


def attach(items: Sequence[Body | Header]) -> list[tuple[Body, Header | None]]:
    """Each body with the header block attached to it (or None), choosing for the page as a whole.

    Header runs sit before, between and after bodies. Each header may go to the body just before its
    run or the one just after; a body takes at most one header and attachments never cross. A
    dynamic programme over the bodies maximises the summed overlap plus a prior for the following body.
    """
    bodies = [x for x in items if isinstance(x, Body)]
    runs: list[list[Header]] = [[] for _ in range(len(bodies) + 1)]
    k = 0
    for x in items:
        if isinstance(x, Body):
            k += 1
        else:
            runs[k].append(x)
    if not bodies:
        return []
    overlap = Overlap(bodies)
    # best[taken] = (score, choices) where taken says whether the last body already has a header. The
    # choices are a chain of (previous chain, picks made at this run) links, shared between states, so
    # that each step adds a constant amount rather than copying the choices so far (linear, not quadratic).
    best: dict[bool, tuple[float, _Chain]] = {False: (0.0, None)}
    for k, run in enumerate(runs):
        nxt: dict[bool, tuple[float, _Chain]] = {}
        for taken, (score, chosen) in best.items():
            for i, j, gain in _options(run, k, len(bodies), taken, overlap, score):
                made = ([(k - 1, run[i])] if i is not None else []) + ([(k, run[j])] if j is not None else [])
                state = j is not None
                if state not in nxt or score + gain > nxt[state][0]:
                    nxt[state] = (score + gain, (chosen, made) if made else chosen)
        best = nxt
    _, chain = max(best.values(), key=lambda v: v[0])
    header_of = dict(_unchain(chain))
    attached = {id(h) for h in header_of.values()}
    for h in (h for run in runs for h in run):
        if id(h) not in attached:
            log.debug("header block left unattached (boilerplate or related links): %s", h.titles or h.urls)
    return [(b, header_of.get(i)) for i, b in enumerate(bodies)]


_Chain = tuple["_Chain", list[tuple[int, Header]]] | None


def _unchain(chain: _Chain) -> list[tuple[int, Header]]:
    """The picks of a chain of links, in the order they were made."""
    links = []
    while chain is not None:
        chain, made = chain
        links.append(made)
    return [pick for made in reversed(links) for pick in made]


def _options(run: list[Header], k: int, n: int, prev_taken: bool, overlap: Overlap,
             score: float) -> Iterator[tuple[int | None, int | None, float]]:
    """The best way to attach the header run between bodies k-1 and k, for each state it can leave body k
    in: (i, j, gain) with header i given to body k-1 and header j to body k (None for neither, i < j),
    maximising ``score + gain`` and, among equal totals, the first in the order (i, then j, None first).

    Linear in the run (a long run of headings, such as a page of links, would make trying every pair
    quadratic); the result is the pair that trying every pair in that order keeps. Float addition is
    monotone, so for a given i the best j is the one with the highest score."""
    has_prev = k >= 1 and not prev_taken
    prev = [overlap.score(h, k - 1) for h in run] if has_prev else []
    nxt = [overlap.score(h, k) + FOLLOWING_BODY_PRIOR for h in run] if k < n else []

    def gain(i: int | None, j: int | None, next_score: float | None = None) -> float:
        g = 0.0  # summed as trying every pair sums it, so that equal totals stay equal
        if i is not None:
            g += prev[i]
        if j is not None:
            g += nxt[j] if next_score is None else next_score
        return g

    # body k left without a header: header i (or none) goes to body k-1
    best_i, best = None, score + gain(None, None)
    for i in range(len(prev)):
        if score + gain(i, None) > best:
            best_i, best = i, score + gain(i, None)
    yield best_i, None, gain(best_i, None)
    if not nxt:
        return
    # body k takes header j; header i < j (or none) goes to body k-1
    after = [-math.inf] * len(nxt)  # after[i]: the highest next-body score among the headers after i
    for x in range(len(nxt) - 2, -1, -1):
        after[x] = max(after[x + 1], nxt[x + 1])
    firsts = [(None, score + gain(None, 0, max(nxt)))]
    firsts += [(i, score + gain(i, 0, after[i])) for i in range(min(len(prev), len(nxt) - 1))]
    value = max(v for _, v in firsts)
    i = next(i for i, v in firsts if v == value)
    j = next(j for j in range(0 if i is None else i + 1, len(nxt)) if score + gain(i, j) == value)
    yield i, j, gain(i, j)


# ---------------------------------------------------------------------------------------------- articles


def segment(doc: RawDocument, date: str | None = None) -> list[Article]:
    """The articles in one raw document. ``date`` is a reference date given by the user (``--date``),
    used as ``published`` only where the input states none."""
    lines = [Line(kind, text) for text in _lines(doc.text) if (kind := classify(text)) is not None]
    if not doc.segment:
        paragraphs = [ln.text for ln in lines]
        if doc.title and paragraphs and _same(paragraphs[0], doc.title):
            paragraphs = paragraphs[1:]  # the page's headline, already the title
        body = Body(paragraphs)
        return [_article(doc, body, None, date)] if body.paragraphs else []
    return [_article(doc, body, header, date) for body, header in attach(blocks(lines))]


def segment_all(docs: Sequence[RawDocument], date: str | None = None) -> list[Article]:
    return [a for d in docs for a in segment(d, date)]


def _lines(text: str) -> Iterator[str]:
    """Non-empty lines with whitespace collapsed; a hard-wrapped line that continues in lower case
    (across blank lines too) is joined to the line it continues."""
    held: str | None = None
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            continue
        if held is not None and _continues(held, line):
            held = f"{held} {line}"
            continue
        if held is not None:
            yield held
        held = line
    if held is not None:
        yield held


def _continues(previous: str, line: str) -> bool:
    if not line[0].islower() or is_terminal(previous) or URL_RE.match(line) or URL_RE.match(previous):
        return False
    return not is_boilerplate(previous)


def _article(doc: RawDocument, body: Body, header: Header | None, date: str | None) -> Article:
    text = "\n\n".join(body.paragraphs)
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
        dateline=find_dateline(text),
        published=doc.published or date,
        bullets=tuple(header.bullets) if header else (),
        truncated=any(is_cut_off(p) for p in body.paragraphs),
        language=language.detect(text),
    )


def match_dateline(paragraph: str) -> re.Match | None:
    """A dateline at the start of a paragraph: a capitalised place with a region, date or agency after
    it, or a known place name; never a label like "CLARIFICATION:"."""
    m = DATELINE_RE.match(paragraph)
    if m is None or m.group("tplace"):
        return m
    place = m.group("place")
    words = place.replace("’", "'").split()
    if any(w.strip(".,") in NOT_DATELINES for w in words):
        return None
    if m.group("region") or m.group("date") or m.group("agency"):
        return m
    return m if place in gazetteer.place_names_upper() else None  # "TAPPER:" in a transcript is no place


def find_dateline(text: str) -> Dateline | None:
    """The dateline of an article: at the start of its text, or of the paragraph after a short lead."""
    offset = 0
    for paragraph in text.split("\n\n")[:DATELINE_SEARCH_PARAGRAPHS]:
        if m := match_dateline(paragraph):
            return _dateline(m, offset)
        offset += len(paragraph) + 2
    return None


def _dateline(m: re.Match, offset: int) -> Dateline:
    group = "place" if m.group("place") else "tplace"
    place = m.group(group)
    return Dateline(text=place, place=_place_name(place), start=offset + m.start(group), end=offset + m.end(group))


def _place_name(written: str) -> str:
    return " ".join(w.capitalize() if w.isupper() else w for w in written.split())


def is_cut_off(paragraph: str) -> bool:
    """A body paragraph that stops without closing punctuation was cut off by the scraper."""
    return not is_terminal(paragraph) and not BULLET_RE.match(paragraph) and not looks_like_heading(paragraph)


def guess_language(text: str) -> str | None:
    """'en' when enough of the words are English function words, else None (unknown)."""
    words = WORD_RE.findall(text[:5000].lower())
    if len(words) < 5:
        return None
    share = sum(w in STOPWORDS for w in words) / len(words)
    return "en" if share >= LANGUAGE_MIN_STOPWORD_SHARE else None
