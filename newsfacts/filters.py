"""Filters on facts, one per kind, that mean the same on articles in memory and in the ledger.

``FigureFilter``, ``QuoteFilter`` and ``ConflictFilter`` are frozen dataclasses: made from what a user
typed (checked and normalised on creation: a country name becomes its ISO 3166-1 alpha-3 code, an unknown
category or a date that is not YYYY, YYYY-MM or YYYY-MM-DD is a ``ConfigurationError`` that lists what is
allowed, never a silent empty result), then applied either with ``matches`` to records in memory
(``select``: the facts of articles extracted now) or pushed down to SQL by ``store/queries.py``
(``figure_where``, ``quote_where``, ``conflict_where``), which translates every field the same way.

Dates compare as ISO strings: ``since``/``until`` are taken as their first and last day ("2025-11" ->
2025-11-01 .. 2025-11-31). On the publication date an article without one never matches a date bound; on
a figure's own date (``date_field="event"``) a figure matches when the span its ``when`` can mean
(``date_span``: "November 2025", "2024/..") overlaps the range.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from .errors import ConfigurationError
from .lexicon.events import classes as event_classes
from .records import Article, ArticleRef, ConflictKind, Figure, FigureCategory, Quote

DateField = Literal["published", "event"]
CATEGORIES: tuple[str, ...] = typing.get_args(FigureCategory)
CONFLICT_KINDS: tuple[str, ...] = typing.get_args(ConflictKind)
DATE_FIELDS: tuple[str, ...] = typing.get_args(DateField)
EXTRA_COUNTRY_CODES = frozenset({"XKX"})  # codes the gazetteer gives that ISO 3166-1 lacks (Kosovo)
DATE_BOUND = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


# --- date spans -----------------------------------------------------------------------------------------

SEASONS = {"SP": ("03-01", "05-31"), "SU": ("06-01", "08-31"), "FA": ("09-01", "11-30"), "WI": ("12-01", "02-29")}
OPEN_START, OPEN_END = "0000-01-01", "9999-12-31"


def date_span(value: str | None) -> tuple[str | None, str | None]:
    """The first and last day an ISO date value can mean, as ``YYYY-MM-DD`` strings that compare
    lexicographically: "2025-11" -> 2025-11-01..2025-11-31 (day 31 is fine for comparing), "2025-W49" ->
    its Monday..Sunday, "199" (the 1990s) -> 1990-01-01..1999-12-31, "2024/.." -> 2024-01-01..9999-12-31.
    Values it cannot read give (None, None)."""
    if not value:
        return None, None
    if "/" in value:
        first, _, last = value.partition("/")
        start = OPEN_START if first in ("", "..") else date_span(first)[0]
        end = OPEN_END if last in ("", "..") else date_span(last)[1]
        return (start, end) if start and end else (None, None)
    try:
        return _span(value)
    except ValueError:
        return None, None


def _span(v: str) -> tuple[str, str]:
    if len(v) == 3 and v.isdigit():
        return f"{v}0-01-01", f"{v}9-12-31"
    if len(v) == 4 and v.isdigit():
        return f"{v}-01-01", f"{v}-12-31"
    year, _, rest = v.partition("-")
    if not year.isdigit():
        raise ValueError(v)
    if rest.startswith("W"):
        week = int(rest[1:3])
        monday = dt.date.fromisocalendar(int(year), week, 1)
        first = monday + dt.timedelta(days=5) if rest.endswith("WE") else monday
        return first.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    if rest.startswith("Q"):
        q = int(rest[1])
        return f"{year}-{3 * q - 2:02d}-01", f"{year}-{3 * q:02d}-31"
    if rest in SEASONS:
        first, last = SEASONS[rest]
        return f"{year}-{first}", f"{int(year) + (rest == 'WI')}-{last}"
    if len(rest) == 2 and rest.isdigit():
        return f"{year}-{rest}-01", f"{year}-{rest}-31"
    dt.date.fromisoformat(v[:10])
    return v[:10], v[:10]


def pad_since(value: str) -> str:
    """A since bound as its first day: "2025" -> "2025-01-01"; full dates stay."""
    return date_span(value)[0] or value


def pad_until(value: str) -> str:
    """An until bound as its last day: "2025-11" -> "2025-11-31"; full dates stay."""
    return date_span(value)[1] or value


# --- checking what a user typed --------------------------------------------------------------------------


def country_code(value: str) -> str:
    """An ISO 3166-1 alpha-3 code for a code (alpha-3 or alpha-2, any case) or a country name ("Sudan" ->
    SDN); a ConfigurationError, with the nearest names, for anything else."""
    import pycountry

    text = value.strip()
    if text.upper() in EXTRA_COUNTRY_CODES:
        return text.upper()
    try:
        return pycountry.countries.lookup(text).alpha_3
    except LookupError:
        pass
    try:
        near = pycountry.countries.search_fuzzy(text)
    except LookupError:
        near = []
    if len(near) == 1:
        return near[0].alpha_3
    hint = f"; did you mean {', '.join(f'{c.alpha_3} ({c.name})' for c in near[:5])}?" if near else ""
    raise ConfigurationError(f"unknown country {value!r}: give an ISO 3166-1 alpha-3 code (e.g. SDN) or a "
                             f"country name{hint}")


def _choice(name: str, value: str, allowed: tuple[str, ...]) -> str:
    if value.lower() not in allowed:
        raise ConfigurationError(f"unknown {name} {value!r}; choose from {', '.join(allowed)}")
    return value.lower()


def _date_bound(name: str, value: str) -> str:
    if not DATE_BOUND.fullmatch(value) or date_span(value) == (None, None):
        raise ConfigurationError(f"--{name} {value!r} is not a date: give YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _check_window(since: str | None, until: str | None) -> None:
    if since is not None:
        _date_bound("since", since)
    if until is not None:
        _date_bound("until", until)


def _published_in(published: str | None, since: str | None, until: str | None) -> bool:
    if since and not (published is not None and published >= pad_since(since)):
        return False
    return not (until and not (published is not None and published[:10] <= pad_until(until)))


def _contains(haystack: str | None, needle: str) -> bool:
    return haystack is not None and needle.lower() in haystack.lower()


def _outlet(article: Article | ArticleRef) -> str | None:
    return article.outlet if isinstance(article, ArticleRef) else article.source.outlet


def _published(article: Article | ArticleRef) -> str | None:
    return article.published


# --- the filters ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FigureFilter:
    """Which figures: ``country`` (ISO3, or a name made one) is the figure's place; ``term``, ``event`` (a
    class of the lexicon's events table: killed, displaced, affected ...) and ``category`` match exactly
    (ignoring case); ``speaker`` is a substring of who stated it (name or
    words); ``outlet`` the article's outlet (ignoring case); ``min_value`` bounds the value (or the low
    bound); ``since``/``until`` the article's publication date, or the figure's own date with
    ``date_field="event"``."""

    country: str | None = None
    term: str | None = None
    category: str | None = None
    speaker: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    date_field: DateField = "published"
    min_value: float | None = None
    event: str | None = None

    def __post_init__(self) -> None:
        if self.country is not None:
            object.__setattr__(self, "country", country_code(self.country))
        if self.category is not None:
            object.__setattr__(self, "category", _choice("category", self.category, CATEGORIES))
        if self.event is not None:
            object.__setattr__(self, "event", _choice("event", self.event, tuple(event_classes())))
        if self.date_field not in DATE_FIELDS:
            raise ConfigurationError(f"date_field must be 'published' or 'event', got {self.date_field!r}")
        _check_window(self.since, self.until)

    def facts(self, article: Article) -> tuple[Figure, ...]:
        return article.figures

    def matches(self, article: Article | ArticleRef, f: Figure) -> bool:
        country = f.place.country if f.place else None
        if self.country and (country is None or country.upper() != self.country.upper()):
            return False
        if self.term and (f.term is None or f.term.lower() != self.term.lower()):
            return False
        if self.category and f.category != self.category:
            return False
        if self.event and f.event != self.event:
            return False
        sp = f.stated_by
        if self.speaker and not (sp and (_contains(sp.name, self.speaker) or _contains(sp.mention, self.speaker))):
            return False
        if self.outlet and (_outlet(article) or "").lower() != self.outlet.lower():
            return False
        if self.min_value is not None:
            value = f.value if f.value is not None else f.low
            if value is None or value < self.min_value:
                return False
        if self.date_field == "published":
            return _published_in(_published(article), self.since, self.until)
        start, end = date_span(f.when.value if f.when else None)
        if self.since and not (end is not None and end >= pad_since(self.since)):
            return False
        return not (self.until and not (start is not None and start <= pad_until(self.until)))


@dataclass(frozen=True)
class QuoteFilter:
    """Which quotes: ``speaker`` and ``text`` are case-insensitive substrings (of the speaker's name or
    words, of the quote); ``outlet`` the article's outlet; ``since``/``until`` its publication date."""

    speaker: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None

    def __post_init__(self) -> None:
        _check_window(self.since, self.until)

    def facts(self, article: Article) -> tuple[Quote, ...]:
        return article.quotes

    def matches(self, article: Article | ArticleRef, q: Quote) -> bool:
        sp = q.speaker
        if self.speaker and not (sp and (_contains(sp.name, self.speaker) or _contains(sp.mention, self.speaker))):
            return False
        if self.text and not _contains(q.text, self.text):
            return False
        if self.outlet and (_outlet(article) or "").lower() != self.outlet.lower():
            return False
        return _published_in(_published(article), self.since, self.until)


@dataclass(frozen=True)
class ConflictFilter:
    """Which conflicts: of this ``kind``, with a claim in an article published from ``since`` to ``until``."""

    kind: str | None = None
    since: str | None = None
    until: str | None = None

    def __post_init__(self) -> None:
        if self.kind is not None:
            object.__setattr__(self, "kind", _choice("conflict kind", self.kind, CONFLICT_KINDS))
        _check_window(self.since, self.until)

    def matches(self, conflict: Any, published: Mapping[str, str | None]) -> bool:
        """``published``: each article's publication date, by article id."""
        if self.kind and conflict.kind != self.kind:
            return False
        if not (self.since or self.until):
            return True
        return any(c.article in published and _published_in(published[c.article], self.since, self.until)
                   for c in conflict.claims)


Filter = FigureFilter | QuoteFilter


def select(articles: Iterable[Article], where: Filter, limit: int | None = None) -> list[tuple[Article, Any]]:
    """The (article, fact) pairs of ``articles`` that ``where`` keeps, in order; at most ``limit``."""
    out: list[tuple[Article, Any]] = []
    for a in articles:
        for fact in where.facts(a):
            if limit is not None and len(out) >= limit:
                return out
            if where.matches(a, fact):
                out.append((a, fact))
    return out


def fields(where: Any) -> dict[str, Any]:
    """A filter's fields as keyword arguments."""
    return {f.name: getattr(where, f.name) for f in dataclasses.fields(where)}
