"""The shape of a page, read from its structure, and the articles each shape holds.

- **liveblog**: a title that says so ("... live: ...", "LIVE", "live updates", "as it happened") or a rhythm
  of entries that each open with a time ("11:20 p.m.", "10.47 BST", "February 6, 2016 10:57PM ..."). One
  article: the page's title and summary bullets, every entry in its text (datelines inside entries do not
  split it).
- **listing**: a rhythm of headline + teaser pairs (a topic or tag page): three or more in a row, each teaser
  a short paragraph, with most teasers cut ("..." or mid-sentence) or most items carrying a date, byline or
  URL, or every headline a full headline. Each pair is an article marked ``teaser`` (and ``truncated``).
- **bulletin**: separate stories under their own headlines on one page (a news digest): a heading between two
  bodies opens a new story when it is told in the body after it and the two sections name nothing in common;
  a short introduction before the first story is the bulletin's furniture, not an article.
- **article**: anything else. Headings between two parts of a body that share names are subheads,
  captions or links (a report with sections is one article); a header block of its own (a URL, bullets, a
  byline or timestamp) or a dateline opens another article.

Furniture (timestamps, bylines, labels) is resolved here: dropped, except a label that heads the section it
opens, and a liveblog's entry times, which stay in its text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .. import lexicon
from .attach import SHORT_TITLE_WORDS, Overlap, attach, headline_weight
from .blocks import STOPWORDS, Body, Header, Item, Marker, content_words
from .datelines import match_dateline
from .lines import LIST_LABEL_RE, WORD_RE, ends_cut, has_time, is_figure_line, is_terminal, word_count

LIVE_RE = re.compile(rf"(?i:\b(?:{'|'.join(lexicon.terms('text.live_markers'))}))|\bLIVE\b")
LIVE_TEXT_RE = re.compile(rf"\b(?:{'|'.join(lexicon.terms('text.live_text_markers'))})", re.I)
LIVE_SEARCH_PARAGRAPHS = 2  # the title and the first paragraphs say a page is a liveblog
LIVE_MIN_ENTRIES = 3  # entries that each open with a time
ENTRY_TIME_RE = re.compile(r"(?:[01]?\d|2[0-3])[:.h][0-5]\d\s*(?:[ap]\.?m\.?|[A-Z]{2,4})?\s*[:|–—-]\s")  # "10.47 BST: "
HEADING_TIME_RE = re.compile(r"\b(?:[01]?\d|2[0-3]):[0-5]\d\s*(?:[ap]\.?m\b)?|\b\d{1,2}\s*[ap]\.?m\b", re.I)

LISTING_MIN_ITEMS = 3
TEASER_MAX_WORDS = 80
TEASER_MAX_PARAGRAPHS = 2
LISTING_HEADLINE_WORDS = 6  # headlines this long on average make a run of pairs a listing on their own

INLINE_MAX_HEADINGS = 2  # headings between two parts of one article kept in its text; more are links
STORY_HEADLINE_MIN_WORDS = 4  # a shorter heading is a subhead ("Situation very dire"), never a story's title
STORY_MIN_WORDS = 40
STORY_TOLD_SHARE = 1 / 3  # of a story headline's words, told again in its body
STORY_MIN_NAMES = 3
STORY_ONE_SHARED_NAME_MIN = 7  # two stories may share one name when each names at least this many
_NOT_NAMES = STOPWORDS | lexicon.words("time.months") | lexicon.words("time.weekdays")
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+")


@dataclass
class Part:
    """One article of a page: its body, its header block (or None) and whether it is a listing's teaser."""

    body: Body
    header: Header | None
    teaser: bool = False


@dataclass
class Page:
    kind: str  # article, listing, liveblog, bulletin
    parts: list[Part]


def layout(items: Sequence[Item]) -> Page:
    """The page's shape and its articles."""
    if is_liveblog(items):
        return Page("liveblog", [liveblog_part(items)])
    pairs = listing_pairs(items)
    if pairs:
        return Page("listing", listing_parts(items, pairs))
    if (listed := bullet_page(items)) is not None:
        return Page("article", [listed])
    resolved = lead_furniture(resolve_markers(items))
    mark_lead_headline(resolved)
    sections, stories, intro = merge_subheads(resolved)
    if intro and not stories:  # an introduction and one story: a standfirst over an article
        sections, stories, intro = merge_subheads(resolved, allow_intro=False)
    if stories:
        sections = drop_introduction(sections)
    sections = keep_trailing_fragment(sections)
    parts = [Part(body, header) for body, header in attach(sections)]
    return Page("bulletin" if stories else "article", parts)


def bullet_page(items: Sequence[Item]) -> Part | None:
    """A page of headings and bullets alone, no body paragraph (a situation report's numbered points under
    letterhead lines): one article whose paragraphs are the bullets of the header block that holds most,
    under that block's title. None where the page has a body."""
    if any(isinstance(x, Body) for x in items):
        return None
    listed = max((x for x in items if isinstance(x, Header) and x.bullets), key=lambda h: len(h.bullets), default=None)
    if listed is None:
        return None
    return Part(Body(list(listed.bullets)), Header(titles=listed.titles[:1], urls=listed.urls))


# ---------------------------------------------------------------------------------------------- liveblogs


def is_liveblog(items: Sequence[Item]) -> bool:
    """A title or opening that says "live", or entries that each open with a time."""
    for x in items:
        if isinstance(x, Header) and any(LIVE_RE.search(t) for t in x.titles):
            return True
        if isinstance(x, Body):
            if any(LIVE_TEXT_RE.search(p) for p in x.paragraphs[:LIVE_SEARCH_PARAGRAPHS]):
                return True
            break
    return _timed_entries(items) >= LIVE_MIN_ENTRIES


def _timed_entries(items: Sequence[Item]) -> int:
    """Times of day that open an entry: timestamp lines, and headings that hold a time ("...February 6,
    2016 10:57PMJeb Bush Hits ...") or a body paragraph that opens with one ("10.47 BST: ...")."""
    count = 0
    for x in items:
        if isinstance(x, Marker) and x.kind == "stamp" and has_time(x.text):
            count += 1
        elif isinstance(x, Header):
            count += sum(bool(HEADING_TIME_RE.search(t)) for t in x.titles)
        elif isinstance(x, Body):
            count += sum(bool(ENTRY_TIME_RE.match(p)) for p in x.paragraphs)
    return count


def _entry_time(x: Item) -> bool:
    """A timestamp with a time of day: where the liveblog's first entry starts (its heading is the entry's,
    not the page's)."""
    return isinstance(x, Marker) and x.kind == "stamp" and has_time(x.text)


def liveblog_part(items: Sequence[Item]) -> Part:
    """The whole page as one article: the headers before the first body or entry time give its title and
    summary bullets; entries, their headings and times make its text."""
    first = next((i for i, x in enumerate(items) if isinstance(x, Body) or _entry_time(x)), len(items))
    top = [x for x in items[:first] if isinstance(x, Header)]
    paragraphs: list[str] = []
    for x in items[first:]:
        if isinstance(x, Body):
            paragraphs += x.paragraphs
        elif isinstance(x, Header):
            paragraphs += x.titles + [f"- {b}" for b in x.bullets]
        elif x.kind != "byline":
            paragraphs.append(x.text)
    body = Body(paragraphs)
    titled = [h for h in top if h.titles]
    header = None
    if top:
        overlap = Overlap([body]) if paragraphs else None
        best = max(titled, key=lambda h: headline_weight(h) * (1 + (overlap.shared(h, 0) if overlap else 0)),
                   default=None)
        header = Header(titles=best.titles[:1] if best else [], urls=[u for h in top for u in h.urls][:1],
                        bullets=[b for h in top for b in h.bullets])
    return Part(body, header)


# ---------------------------------------------------------------------------------------------- listings


@dataclass
class Pair:
    headers: list[Header]
    teaser: Body
    furnished: bool  # a date, byline or URL of its own
    start: int
    end: int  # items[start:end] is the pair


def listing_pairs(items: Sequence[Item]) -> list[Pair]:
    """The longest run of headline + teaser pairs, if the page is a listing; else []."""
    best: list[Pair] = []
    run: list[Pair] = []
    i = 0
    while i < len(items):
        pair = _pair_at(items, i)
        if pair is None:
            best = max(best, run, key=len)
            run = []
            i += 1
            continue
        run.append(pair)
        i = pair.end
    best = max(best, run, key=len)
    return best if _is_listing(best) else []


def _pair_at(items: Sequence[Item], i: int) -> Pair | None:
    """Headers (and furniture) from ``items[i]`` up to a short body: a headline and its teaser."""
    headers: list[Header] = []
    furnished = False
    j = i
    while j < len(items) and not isinstance(items[j], Body):
        x = items[j]
        if isinstance(x, Header):
            headers.append(x)
            furnished = furnished or bool(x.urls)
        else:
            furnished = furnished or x.kind in ("stamp", "byline")
        j += 1
    if not any(h.titles for h in headers) or j >= len(items):
        return None
    body = items[j]
    assert isinstance(body, Body)
    if len(body.paragraphs) > TEASER_MAX_PARAGRAPHS or body.words > TEASER_MAX_WORDS:
        return None
    end = j + 1
    while end < len(items) and isinstance(items[end], Marker) and items[end].kind == "stamp":  # type: ignore[union-attr]
        furnished = True  # a date under the teaser
        end += 1
    return Pair(headers, body, furnished, i, end)


def _is_listing(pairs: list[Pair]) -> bool:
    if len(pairs) < LISTING_MIN_ITEMS:
        return False
    cut = sum(ends_cut(p.teaser.paragraphs[-1]) for p in pairs)
    furnished = sum(p.furnished for p in pairs)
    titles = [_best_title(p).titles[0] for p in pairs]
    long_titles = sum(word_count(t) for t in titles) / len(titles) >= LISTING_HEADLINE_WORDS
    one_paragraph = all(len(p.teaser.paragraphs) == 1 for p in pairs)
    return 2 * cut >= len(pairs) or 2 * furnished >= len(pairs) or (long_titles and one_paragraph)


def _best_title(pair: Pair) -> Header:
    overlap = Overlap([pair.teaser])
    titled = [h for h in pair.headers if h.titles]
    return max(titled, key=lambda h: overlap.score(h, 0, following=True))


def listing_parts(items: Sequence[Item], pairs: list[Pair]) -> list[Part]:
    """Each pair a teaser article; a whole article before or after the run of pairs stays an article."""
    parts = [Part(p.teaser, _with_urls(_best_title(p), p.headers), teaser=True) for p in pairs]
    before = [Part(b, h) for b, h in attach(_whole_articles(items[: pairs[0].start]))]
    after = [Part(b, h) for b, h in attach(_whole_articles(items[pairs[-1].end:]))]
    return before + parts + after


def _with_urls(title: Header, headers: list[Header]) -> Header:
    urls = title.urls or [u for h in headers for u in h.urls][:1]
    return Header(titles=title.titles[:1], urls=urls, bullets=title.bullets)


def _whole_articles(items: Sequence[Item]) -> list[Body | Header]:
    """The items outside a listing's run, if they hold a body long enough to be an article (not the
    listing's own heading and introduction)."""
    resolved = resolve_markers(items)
    if not any(isinstance(x, Body) and x.words >= TEASER_MAX_WORDS for x in resolved):
        return []
    return resolved


# ---------------------------------------------------------------------------------------------- furniture


def resolve_markers(items: Sequence[Item]) -> list[Body | Header]:
    """Timestamps and bylines dropped, the header block they stand by marked ``furnished`` (an article's own
    header, not a subhead); a label kept as the first paragraph of the body it heads (dropped where no body
    follows it); the parts of a body that furniture stood between joined again."""
    out: list[Body | Header] = []
    joined = False  # whether a marker stood between out[-1] and the next item
    furnish = False  # whether a byline or timestamp stood after the header block out[-1]
    for k, x in enumerate(items):
        if isinstance(x, Marker):
            joined = joined or (bool(out) and isinstance(out[-1], Body))
            if x.kind in ("stamp", "byline"):
                if out and isinstance(out[-1], Header):
                    out[-1].furnished = True
                else:
                    furnish = True
            elif isinstance(_next_content(items, k), Body):
                nxt = _next_content(items, k)
                assert isinstance(nxt, Body)
                nxt.paragraphs.insert(0, x.text)
            continue
        if isinstance(x, Body) and joined and out and isinstance(out[-1], Body):
            out[-1].paragraphs.extend(x.paragraphs)
        else:
            out.append(x)
            if isinstance(x, Header) and furnish:
                x.furnished = True
        joined = furnish = False
    return out


def _next_content(items: Sequence[Item], k: int) -> Item | None:
    return next((x for x in items[k + 1:] if not isinstance(x, Marker)), None)


# ---------------------------------------------------------------------------------------------- sections


def merge_subheads(items: Sequence[Body | Header], allow_intro: bool = True) -> tuple[list[Body | Header], int, bool]:
    """Lone headings between two parts of a body (no URL, bullets, byline or timestamp of their own, and no
    dateline opening the part after them) open a separate story where ``story_opened`` says so (a bulletin's);
    otherwise the same article goes on across them: one or two are subheads, photo captions or a pull quote,
    kept in the text; a longer run is a block of links, left out. Returns the items (new bodies where parts
    were joined), how many stories were opened, and whether a short first section was split off as the
    page's introduction."""
    out: list[Body | Header] = []
    stories, intro = 0, False
    items = _sections_with_lists(items)
    i = 0
    while i < len(items):
        end = i
        while end < len(items) and isinstance(items[end], Header) and _bare(items[end]):  # type: ignore[arg-type]
            end += 1
        after = items[end] if end < len(items) else None
        if end > i and out and isinstance(out[-1], Body) and isinstance(after, Body) \
                and not match_dateline(after.paragraphs[0]):
            before = out[-1]
            run = [h.titles[0] for h in items[i:end] if isinstance(h, Header)]
            first = not any(isinstance(x, Body) for x in out[:-1])
            opened = story_opened(before, run[-1], after, first and allow_intro)
            if opened:
                stories += opened == "story"
                intro = intro or opened == "introduction"
                out.extend(items[i:end])
                i = end
                continue
            out[-1] = Body(before.paragraphs + (run if len(run) <= INLINE_MAX_HEADINGS else []) + after.paragraphs)
            i = end + 1
            continue
        out.append(items[i])
        i += 1
    return out, stories, intro


def _sections_with_lists(items: Sequence[Body | Header]) -> list[Body | Header]:
    """A report's section: a lone heading over a list of whole sentences ("Santé" / "• Deux cliniques mobiles ont
    réalisé 1 150 consultations ; ...", "2. Au cours de la semaine 23" / "– 212 nouveaux cas suspects ont été
    notifiés ;") after a body, that opens no story of its own (``story_opened``: a list is no story's body), goes
    on the body before it, heading and items as its paragraphs, with the body after it: an article's own header
    block with summary bullets has a URL, a byline or a timestamp, or bullets that are phrases."""
    out: list[Body | Header] = []
    for x in items:
        prev = out[-1] if out else None
        if isinstance(prev, Body) and isinstance(x, Header) and _section_list(prev, x):
            out[-1] = Body(prev.paragraphs + x.titles + [f"- {b}" for b in x.bullets])
            prev.paragraphs = out[-1].paragraphs
            out[-1] = prev
            out[-1].listed = True  # type: ignore[attr-defined]
            continue
        if isinstance(prev, Body) and isinstance(x, Body) and getattr(prev, "listed", False) \
                and not match_dateline(x.paragraphs[0]):
            prev.paragraphs.extend(x.paragraphs)  # the text after the section's list goes on
            continue
        out.append(x)
    return out


SECTION_NUMBER_RE = re.compile(r"^\d{1,2}[.)]\s+\S")  # "2. Au cours de la semaine 23", "3) Riposte"


def _section_list(before: Body, h: Header) -> bool:
    return (len(h.titles) == 1 and not h.urls and not h.furnished and bool(h.bullets)
            and (all(is_terminal(b) or b.rstrip().endswith(";") for b in h.bullets)
                 or all(is_figure_line(b) for b in h.bullets))  # "People in emergency (IPC 4): 921,000"
            and (SECTION_NUMBER_RE.match(h.titles[0]) is not None
                 or story_opened(before, h.titles[0], Body(list(h.bullets)), False) is None))


def _bare(h: Header) -> bool:
    return h.lone_heading and not h.furnished


def story_opened(before: Body, heading: str, after: Body, intro: bool) -> str | None:
    """Whether a heading between two bodies opens a separate story ("story"), or follows the page's short
    introduction ("introduction", where ``intro`` allows it), or neither (None). A story's headline is told in
    its own body (a third of its words at least) more than in the one before, over a body of some length, and the two sections name nothing
    (or, where they name many, one thing) in common: a subhead's section goes on naming the places and people
    of the one before it."""
    told = set(content_words(heading))
    if word_count(heading) < STORY_HEADLINE_MIN_WORDS or after.words < STORY_MIN_WORDS:
        return None
    if any(LIST_LABEL_RE.match(p.strip()) for p in before.paragraphs):
        return None  # a summary under its label ("Ce qu'il faut savoir", "What we know"): the story goes on after it
    told_after = len(told & _words(after))
    if told_after < STORY_TOLD_SHARE * len(told) or len(told & _words(before)) > told_after:
        return None
    names_before, names_after = names(before.paragraphs), names(after.paragraphs)
    shared = len(names_before & names_after)
    if before.words < STORY_MIN_WORDS:
        return "introduction" if intro and len(names_after) >= STORY_MIN_NAMES and not shared else None
    fewer = min(len(names_before), len(names_after))
    if fewer < STORY_MIN_NAMES:
        return None
    # one name in common ("UN" in two stories of a UN digest) where both sections name many
    return "story" if shared == 0 or shared == 1 and fewer >= STORY_ONE_SHARED_NAME_MIN else None


def _words(body: Body) -> set[str]:
    return set(content_words(" ".join(body.paragraphs)))


def names(paragraphs: Sequence[str]) -> set[str]:
    """The capitalised words of paragraphs that are not the first of a sentence (names of people, places,
    organisations), lower-cased and stemmed; months, weekdays and function words left out."""
    out: set[str] = set()
    for p in paragraphs:
        for sentence in _SENTENCE_SPLIT_RE.split(p):
            for word in WORD_RE.findall(sentence)[1:]:
                if word[0].isupper() and word.lower() not in _NOT_NAMES:
                    out.update(content_words(word))
    return out


def mark_lead_headline(items: Sequence[Body | Header]) -> None:
    """The first heading of some length above the page's first body is its headline (a kicker or section name
    above it is short; a standfirst under it comes second)."""
    for x in items:
        if isinstance(x, Body):
            return
        if x.titles and word_count(x.titles[0]) > SHORT_TITLE_WORDS + 1:
            x.leads = True
            return


def lead_furniture(items: list[Body | Header]) -> list[Body | Header]:
    """A short undated paragraph or two above the page's first header block (a photo's caption, a standfirst,
    a tagline) belong to the article under that header, not an article of their own."""
    if not items or not isinstance(items[0], Body) or items[0].words >= STORY_MIN_WORDS \
            or match_dateline(items[0].paragraphs[0]) and (len(items[0].paragraphs) > 1 or is_terminal(items[0].paragraphs[0])):
        return items  # a dateline opens a story ("MOZAMBIQUE : Cabo Delgado – Attaques ...", one line with no stop, is a title)
    k = 1
    while k < len(items) and isinstance(items[k], Header):
        k += 1
    if k == 1 or k >= len(items):
        return items
    body = items[k]
    assert isinstance(body, Body)
    body.paragraphs[:0] = items[0].paragraphs
    return items[1:]


def drop_introduction(items: list[Body | Header]) -> list[Body | Header]:
    """A bulletin's short first section ("This is the News in Brief from the United Nations.") and the header
    line above it ("News in Brief 9 April 2024") are its furniture, not a story."""
    first = next((k for k, x in enumerate(items) if isinstance(x, Body)), None)
    if first is None or items[first].words >= STORY_MIN_WORDS:  # type: ignore[union-attr]
        return items
    return items[first + 1:]


def keep_trailing_fragment(items: list[Body | Header]) -> list[Body | Header]:
    """One or two lone headings after the last body are where the text was cut off ("... a transit center was
    immediately set up in Kharkiv city", a subhead and "In Chilo"): the body's last paragraphs, not a header
    block after it (which has its URL or bullets). A longer run of headings is a block of related links."""
    k = len(items)
    while k > 0 and isinstance(items[k - 1], Header) and _bare(items[k - 1]):  # type: ignore[arg-type]
        k -= 1
    trailing = len(items) - k
    if not 1 <= trailing <= INLINE_MAX_HEADINGS or k < 1 or not isinstance(items[k - 1], Body):
        return items
    body = items[k - 1]
    assert isinstance(body, Body)
    body.paragraphs.extend(h.titles[0] for h in items[k:] if isinstance(h, Header))
    return items[:k]
