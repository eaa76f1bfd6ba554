"""The records every stage speaks.

Frozen dataclasses, one per kind of fact in SPEC.md's JSON contract. Every fact keeps ``start`` and
``end``: offsets into the text of the article it belongs to, so ``article.text[fact.start:fact.end]``
is its evidence. Lists are stored as tuples so records stay hashable and immutable; ``to_dict`` turns
any record into plain JSON-ready data.

Field names are the contract: keep them stable, add freely.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import os
import re
from dataclasses import dataclass, field
from typing import Any, Literal

# The closed sets of values some fields take (the JSON Schema lists each as an ``enum``).
MentionType = Literal["person", "organisation", "place", "group", "other"]
QuoteKind = Literal["direct", "indirect", "mixed"]
ConflictKind = Literal["figure_disagreement", "denial"]
SourceKind = Literal["text", "html", "feed", "warc", "jsonl"]  # the reader that produced an article
PlacePrecision = Literal["country", "admin", "city", "continent"]  # what a resolved place name is
PlaceMatch = Literal["exact", "fuzzy"]  # how the name matched the gazetteer
DatePrecision = Literal["day", "week", "weekend", "month", "quarter", "season", "year", "decade", "interval"]
FigureCategory = Literal["displacement", "casualties", "aid", "money", "time", "other"]
Approx = Literal["exact", "over", "at least", "up to", "under", "almost", "about", "average"]
StockOrFlow = Literal["stock", "flow"]  # people who are displaced (stock) or who moved (flow)
# where a figure's place was found: its own sentence, the figure before it in its paragraph, or the article's focus
PlaceSource = Literal["sentence", "context", "article"]
Change = Literal["up", "down"]  # an increase or a decrease ("rose 64 points")
ClaimRole = Literal["denial", "denied"]
PageKind = Literal["article", "listing", "liveblog", "bulletin"]  # the shape of the page an article came from


@dataclass(frozen=True)
class Source:
    """Where an article came from: a file path or a URL, the outlet, and the input's own id if it had one."""

    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    id: str | None = None
    kind: SourceKind = "text"  # which reader produced it: text, html, feed, warc, jsonl


@dataclass(frozen=True)
class Dateline:
    """A dateline such as ``ISLAMABAD:`` as written (``text``) and the place it names (``place``)."""

    text: str
    place: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """A named entity in the article text, with its canonical (full) name within the article.

    For places: ``country`` (ISO 3166-1 alpha-3), ``geonames_id``, ``lat``/``lon``, ``precision``
    (country, admin, city, continent) and ``match`` (exact, or fuzzy when the name matched an alternate or
    near spelling). ``actor`` is True where a place name stands for its government ("Islamabad
    insists"): the mention is then not the place of an event."""

    text: str
    type: MentionType
    canonical: str
    start: int
    end: int
    country: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    precision: PlacePrecision | None = None
    match: PlaceMatch | None = None
    actor: bool = False
    extractor: str = ""


@dataclass(frozen=True)
class Speaker:
    """Who states a quote or figure: ``name`` is the canonical name (None when it cannot be resolved,
    never guessed), ``mention`` the words the article uses ("he", "officials") at ``start:end``."""

    name: str | None
    mention: str | None
    role: str | None = None
    type: MentionType | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class DateMention:
    text: str
    value: str | None
    precision: DatePrecision | None
    start: int
    end: int
    extractor: str = ""


@dataclass(frozen=True)
class Quote:
    text: str
    kind: QuoteKind
    cue: str | None
    speaker: Speaker | None
    start: int
    end: int
    extractor: str = ""


@dataclass(frozen=True)
class Figure:
    value: float | None
    start: int
    end: int
    low: float | None = None
    high: float | None = None
    approx: Approx = "exact"
    unit: str | None = None
    counted: str | None = None
    term: str | None = None
    event: str | None = None  # the event class of the lexicon's table (killed, injured, displaced, affected ...)
    category: FigureCategory = "other"
    stock_or_flow: StockOrFlow | None = None
    place: Mention | None = None
    place_source: PlaceSource | None = None  # "sentence"; "context" (the figure before it); "article" (the focus)
    origin: Mention | None = None  # where people moved from ("fled Myanmar to Bangladesh": Myanmar)
    destination: Mention | None = None  # where they moved to (Bangladesh)
    when: DateMention | None = None
    stated_by: Speaker | None = None
    reported_by: str | None = None
    flags: tuple[str, ...] = ()
    text: str = ""
    change: Change | None = None  # "up" or "down" when the figure is an increase or decrease ("rose 64 points")
    alternatives: tuple[float, ...] = ()  # other readings of a malformed number ("600,00": 60,000)
    extractor: str = ""


@dataclass(frozen=True)
class Article:
    """One news article: its text and every fact found in it, each pointing into ``text``."""

    id: str
    source: Source
    text: str
    title: str | None = None
    url: str | None = None
    dateline: Dateline | None = None
    published: str | None = None
    bullets: tuple[str, ...] = ()
    truncated: bool = False
    language: str | None = None
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    dates: tuple[DateMention, ...] = ()
    extractors: tuple[str, ...] = field(default=())
    flags: tuple[str, ...] = ()  # what was wrong with the input and repaired: "invalid_unicode" (see clean_text)
    page_kind: PageKind | None = None  # the page it came from: a single article, a listing, a liveblog, a bulletin
    teaser: bool = False  # a listing's headline and teaser, not the whole article
    notes: tuple[str, ...] = ()  # why facts are missing, e.g. "language 'ar' is not supported: facts not extracted"
    story: str | None = None  # the story (wire copies of one text) it belongs to: the id of the story's first article


@dataclass(frozen=True)
class Claim:
    """One side of a conflict: a figure or a statement, where it is (article and span), who states it
    and who reports it. ``sources`` counts the independent sources (near-duplicate articles, such as wire
    copies, count once) that carry a compatible claim about the same thing, this one included. ``role``
    is ``denial`` or ``denied`` in a denial (the denied claim, when found, follows the denial), else null."""

    article: str
    value: float | None
    low: float | None
    high: float | None
    stated_by: Speaker | None
    start: int
    end: int
    text: str | None = None
    reported_by: str | None = None
    sources: int = 1
    role: ClaimRole | None = None


@dataclass(frozen=True)
class Conflict:
    about: str
    kind: ConflictKind
    claims: tuple[Claim, ...]


UpdateHow = Literal["rose_from", "rise", "dates", "since", "published", "reported", "article_order"]


@dataclass(frozen=True)
class Update:
    """A step of a figure's history: two figures about the same thing, ``later`` a later count than
    ``earlier`` (higher, or the value ``earlier`` is said to have risen from). ``how``: what put them in
    time: ``rose_from`` ("from 190 to 225"), ``rise`` ("has risen to 225" against a lower count), ``dates``
    (the figures' own dates, periods one after the other), ``since`` (two counts from one day, the later
    ending later), ``published`` (their articles' dates), ``reported`` (the latest day each
    article names), ``article_order`` (a rise between two other counts of the same two articles)."""

    about: str
    earlier: Claim
    later: Claim
    how: UpdateHow


@dataclass(frozen=True)
class Story:
    """Articles that are copies of one text (wire copies, trimmed or retitled): ``id`` is the first one's id,
    ``articles`` every member in the order they came. A story counts once among a claim's sources."""

    id: str
    articles: tuple[str, ...]


@dataclass(frozen=True)
class Failure:
    """An input item that could not be read or processed, and why. Batches record these and go on."""

    source: str
    reason: str
    stage: str = "ingest"


@dataclass(frozen=True)
class Skipped:
    """A file found in a directory or glob and not read, and why: a hidden file, a sidecar or README, a
    data file no reader accepts, the manifest itself."""

    path: str
    reason: str


@dataclass(frozen=True)
class Extraction:
    """What ``extract`` returns: the articles, the conflicts among them, the inputs that failed and the
    files of directories and globs that were skipped as not news."""

    articles: tuple[Article, ...]
    conflicts: tuple[Conflict, ...] = ()
    errors: tuple[Failure, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    updates: tuple[Update, ...] = ()  # figures' histories: later counts of the same thing
    stories: tuple[Story, ...] = ()  # the stories of more than one article (wire copies)


def article_id(source_key: str, text: str) -> str:
    """A stable id for an article: a hash of where it came from (``source_key(source)``) and its text.
    Never raises: text that is not valid Unicode (lone surrogates) hashes as its code points."""
    digest = hashlib.sha256(f"{source_key}\x00{text}".encode("utf-8", "surrogatepass")).hexdigest()
    return digest[:16]


def source_key(source: Source) -> str:
    """What an article's id hashes beside its text: the input's own id, else its URL, else its file path in
    one canonical form (``canonical_path``), so that a file named ``a.txt``, ``./a.txt`` or by its absolute
    path gives the same ids and is stored once."""
    return source.id or source.url or (canonical_path(source.path) if source.path else "")


def canonical_path(path: str) -> str:
    """A file path as one string however it was typed: absolute, ``.``/``..`` and symlinks resolved (a
    linked folder names the same files), case folded where the file system ignores case. Names that are
    no path (``<stdin>``) stay as they are."""
    if path.startswith("<") and path.endswith(">"):
        return path
    if os.path.isabs(path):
        return _resolved("", path)
    try:
        cwd = os.getcwd()
    except OSError:  # the working folder is gone: the path as typed is all there is
        return os.path.normcase(os.path.normpath(path))
    return _resolved(cwd, path)


@functools.lru_cache(maxsize=256)
def _resolved(cwd: str, path: str) -> str:  # a dump of 50,000 articles resolves its one path once
    try:
        return os.path.normcase(os.path.realpath(os.path.join(cwd, path)))
    except (OSError, ValueError):  # a NUL byte, a symlink loop in strict modes: the absolute path, unresolved
        return os.path.normcase(os.path.abspath(os.path.join(cwd, path)))


_SURROGATES = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def clean_text(text: str) -> str:
    """``text`` with every surrogate code point (a lone ``\\ud800`` from JSON, an undecodable byte of a
    file name) replaced by U+FFFD: valid Unicode that every later stage, the JSON output and the store can
    encode. One character for one, so offsets into the text stay as they are."""
    if text.isascii():
        return text
    return _SURROGATES.sub(REPLACEMENT, text)


def to_dict(record: Any) -> Any:
    """Plain JSON-ready data for a record (or a tuple/list of records)."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_dict(x) for x in record]
    if isinstance(record, dict):
        return {k: to_dict(v) for k, v in record.items()}
    return record


# What the store answers with (newsfacts.store). A stored fact comes back as the very record that
# ``extract`` produced, beside a reference to the article it belongs to.


@dataclass(frozen=True)
class ArticleRef:
    """Enough of an article to cite a fact from it: id, title, url, publication date and outlet."""

    id: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None


@dataclass(frozen=True)
class StoredQuote:
    quote: Quote
    article: ArticleRef


@dataclass(frozen=True)
class StoredFigure:
    figure: Figure
    article: ArticleRef


@dataclass(frozen=True)
class SearchHit:
    """A full-text match: in an article's title or text (``kind`` "article") or in a quote ("quote",
    with the quote's ``start``/``end`` in the article text). ``snippet`` marks matches with [ and ]."""

    kind: Literal["article", "quote"]
    article_id: str
    title: str | None
    snippet: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class IngestSummary:
    """What one ``Store.ingest`` run did. ``articles_skipped``: already in the store with the same
    extractors (nothing added); ``articles_updated``: already there, facts of a newer extractor added."""

    run_id: int
    articles_added: int = 0
    articles_skipped: int = 0
    articles_updated: int = 0
    facts_added: int = 0
    failures: int = 0
    finished: bool = False
    files_skipped: int = 0  # files of directories and globs not read as news (see ``Skipped``); not stored
    # articles kept without facts because their language is not extracted, and those languages (ISO 639-1)
    not_extracted: int = 0
    unsupported_languages: tuple[str, ...] = ()
