"""An article's text with its facts marked from their offsets: the text is cut at every fact's start and
end, each piece escaped, then wrapped in a link to the fact it belongs to (escape first, then mark)."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # quote, figure, place, date
    anchor: str  # the id of the fact's record on the page (figure-120-127)
    label: str = ""


def anchor(kind: str, fact) -> str:
    """The id of a fact's record on the article's page: its kind and offsets (figure-120-127)."""
    return f"{kind}-{fact.start}-{fact.end}"


def spans_of(article) -> list[Span]:
    """The article's quotes, figures, places and dates as spans, each anchored to its record."""
    out = [Span(q.start, q.end, "quote", anchor("quote", q), f"quote: {q.speaker.name or q.speaker.mention}" if q.speaker
                else "quote") for q in article.quotes]
    out += [Span(f.start, f.end, "figure", anchor("figure", f), f"figure: {f.term or f.counted or ''}")
            for f in article.figures]
    out += [Span(m.start, m.end, "place", anchor("place", m), f"place: {m.canonical}")
            for m in article.mentions if m.type == "place"]
    out += [Span(d.start, d.end, "date", anchor("date", d), f"date: {d.value or ''}") for d in article.dates]
    return out


def highlight(text: str, spans: list[Span]) -> Markup:
    """``text`` as HTML with every span marked: overlapping spans cut the text into pieces, each piece
    carries the classes of every span over it and links to the innermost one."""
    n = len(text)
    spans = [s for s in spans if 0 <= s.start < s.end <= n]
    cuts = sorted({0, n, *(s.start for s in spans), *(s.end for s in spans)})
    parts: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = escape(text[a:b])
        over = [s for s in spans if s.start <= a and s.end >= b]
        if not over:
            parts.append(piece)
            continue
        inner = min(over, key=lambda s: (s.end - s.start, s.kind))
        classes = " ".join(sorted({f"hl-{s.kind}" for s in over}))
        parts.append(Markup('<a class="hl {}" href="#{}" title="{}">{}</a>').format(classes, inner.anchor,
                                                                                     inner.label, piece))
    return Markup("").join(parts)
