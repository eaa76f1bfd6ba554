"""When a figure happened: the date its own clause gives it, not merely the first date of its sentence.

Among the dates of the figure's sentence, the one nearest to the figure in the dependency parse (the fewest
arcs between the figure and the date, through their lowest common head, a preposition's arc free) is its date: in "2,000 fled in
March and 500 more were killed on 4 April", 2,000 takes March and 500 takes 4 April. Ties go to the more
precise date ("last week on 19 May": 19 May), then to the closer one in the text. A "since ..." date ("have
fled since January") is a flow counted from that date up to the article's reference date: its open
interval ``2024-01/..`` is closed at the reference date (``2024-01/2024-07-10``) when there is one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from ...records import DateMention
from ..spans import ByStart

# How precise a date is (smaller: more precise); an interval is read at its start's precision.
PRECISION_RANK = {"day": 0, "interval": 1, "weekend": 2, "week": 2, "month": 3, "season": 4, "quarter": 4,
                  "year": 5, "decade": 6}
MAX_DEPTH = 64  # a parse deeper than this is cut (a guard against a malformed tree, never reached in news)


def when_of(dates: ByStart[DateMention], span, published: str | None = None) -> DateMention | None:
    """The date of the figure over ``span`` (a spaCy Span) among its sentence's dates; None when the
    sentence has none. ``published`` (ISO) closes a "since" interval."""
    if span is None:
        return None
    sent = span.sent
    found = dates.starting_in(sent.start_char, sent.end_char)
    if not found:
        return None
    if len(found) == 1:
        return _closed(found[0], published)
    heads = _heads(span.root)
    spans = [span.doc.char_span(d.start, d.end, alignment_mode="expand") for d in found]
    arcs = [_arcs(heads, s.root) if s is not None else MAX_DEPTH for s in spans]
    for i, s in enumerate(spans):  # "last week on 19 May": a date that specifies another is as near as it
        if s is not None and (k := _specified(s, spans)) is not None:
            arcs[i] = min(arcs[i], arcs[k])
    ranked = []
    for d, n in zip(found, arcs, strict=True):
        gap = d.start - span.end_char if d.start >= span.end_char else span.start_char - d.end
        ranked.append(((n, PRECISION_RANK.get(d.precision or "", 7), abs(gap)), d))
    return _closed(min(ranked, key=lambda r: r[0])[1], published)


SPECIFY_ARCS = 2  # "last week on 19 May": the date's preposition, then the date it specifies


def _specified(date, spans: list) -> int | None:
    """The index of the date among ``spans`` that ``date`` hangs on within a preposition ("last week on
    19 May", "in May, on the 4th"): the date it makes more precise."""
    tok = date.root
    for _ in range(SPECIFY_ARCS):
        if tok.head is tok:
            return None
        tok = tok.head
        for k, other in enumerate(spans):
            if other is not None and other is not date and other.start <= tok.i < other.end:
                return k
    return None


def _heads(tok) -> dict:
    """The token and its heads up to the root, each with its number of arcs from the token."""
    out, n = {tok: 0}, 0
    for _ in range(MAX_DEPTH):
        if tok.head is tok:
            break
        n += _weight(tok)
        tok = tok.head
        out[tok] = n
    return out


def _arcs(heads: dict, tok) -> int:
    """Arcs from the figure (whose heads are ``heads``) to ``tok`` through their lowest common head."""
    n = 0
    for _ in range(MAX_DEPTH):
        if tok in heads:
            return heads[tok] + n
        if tok.head is tok:
            break
        n += _weight(tok)
        tok = tok.head
    return MAX_DEPTH


def _weight(tok) -> int:
    """An arc out of a preposition costs nothing: "on 19 May" is as near its verb as "last week"."""
    return 0 if tok.pos_ == "ADP" else 1


def _closed(d: DateMention, published: str | None) -> DateMention:
    """A "since ..." date as the interval from it to the reference date, when there is one."""
    if d.value is None or not d.value.endswith("/..") or not published:
        return d
    try:
        ref = dt.date.fromisoformat(published[:10])
    except ValueError:
        return d
    return dataclasses.replace(d, value=f"{d.value[:-3]}/{ref.isoformat()}")
