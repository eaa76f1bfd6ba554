"""Records to table rows and back: nested records (a figure's place, when and stated_by) are flattened
into prefixed columns and rebuilt from them, so a stored fact reads back equal to the one extracted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from ..filters import date_span
from ..records import (
    Article,
    ArticleRef,
    Claim,
    Dateline,
    DateMention,
    Figure,
    Mention,
    Quote,
    Source,
    Speaker,
)

Row = Mapping[str, Any]

SPEAKER_FIELDS = ("name", "mention", "role", "type", "start", "end")
MENTION_FIELDS = ("text", "type", "canonical", "start", "end", "country", "geonames_id", "lat", "lon",
                  "precision", "match", "actor", "extractor")
DATE_FIELDS = ("text", "value", "precision", "start", "end", "extractor")
FIGURE_FIELDS = ("text", "value", "low", "high", "approx", "unit", "counted", "term", "event", "category",
                 "stock_or_flow", "change", "reported_by", "place_source")
FIGURE_PLACES = ("place", "origin", "destination")  # a figure's Mention fields, each stored as prefixed columns


# -- records to rows -------------------------------------------------------------------------------


def article_row(a: Article, outlet_id: int | None, run_id: int, now: dt.datetime) -> dict[str, Any]:
    d = a.dateline
    return {
        "id": a.id, "outlet_id": outlet_id, "source_path": a.source.path, "source_url": a.source.url,
        "source_id": a.source.id, "source_kind": a.source.kind, "title": a.title, "url": a.url,
        "published": a.published, "dateline_text": d.text if d else None, "dateline_place": d.place if d else None,
        "dateline_start": d.start if d else None, "dateline_end": d.end if d else None,
        "bullets": list(a.bullets), "truncated": a.truncated, "language": a.language, "text": a.text,
        "extractors": list(a.extractors), "flags": list(a.flags), "page_kind": a.page_kind, "teaser": a.teaser,
        "notes": list(a.notes), "run_id": run_id, "added": now,
    }


def _fact(article_id: str, seq: int, fact: Any) -> dict[str, Any]:
    return {"article_id": article_id, "extractor": fact.extractor, "seq": seq, "start": fact.start, "end": fact.end}


def mention_row(article_id: str, seq: int, m: Mention) -> dict[str, Any]:
    row = _fact(article_id, seq, m)
    row.update({f: getattr(m, f) for f in MENTION_FIELDS if f not in ("start", "end", "extractor")})
    return row


def speaker_columns(prefix: str, s: Speaker | None) -> dict[str, Any]:
    return {f"{prefix}_{f}": (getattr(s, f) if s else None) for f in SPEAKER_FIELDS}


def quote_row(article_id: str, seq: int, q: Quote) -> dict[str, Any]:
    row = _fact(article_id, seq, q)
    row.update({"text": q.text, "kind": q.kind, "cue": q.cue, **speaker_columns("speaker", q.speaker)})
    return row


def date_row(article_id: str, seq: int, d: DateMention) -> dict[str, Any]:
    row = _fact(article_id, seq, d)
    row.update({"text": d.text, "value": d.value, "precision": d.precision})
    return row


def figure_row(article_id: str, seq: int, f: Figure) -> dict[str, Any]:
    row = _fact(article_id, seq, f)
    row.update({name: getattr(f, name) for name in FIGURE_FIELDS})
    row["flags"] = list(f.flags)
    row["alternatives"] = list(f.alternatives)
    for prefix in FIGURE_PLACES:
        m = getattr(f, prefix)
        row.update({f"{prefix}_{n}": (getattr(m, n) if m else None) for n in MENTION_FIELDS})
    if row["place_country"]:  # ISO3 codes are upper-case; stored so, a filter on them uses the index
        row["place_country"] = row["place_country"].upper()
    row.update({f"when_{n}": (getattr(f.when, n) if f.when else None) for n in DATE_FIELDS})
    row["when_from"], row["when_to"] = date_span(f.when.value if f.when else None)
    row.update(speaker_columns("stated_by", f.stated_by))
    return row


# -- rows to records -------------------------------------------------------------------------------


def _prefixed(row: Row, prefix: str, names: tuple[str, ...]) -> dict[str, Any]:
    return {n: row[f"{prefix}_{n}"] for n in names}


def speaker(row: Row, prefix: str) -> Speaker | None:
    values = _prefixed(row, prefix, SPEAKER_FIELDS)
    return Speaker(**values) if any(v is not None for v in values.values()) else None


def mention(row: Row) -> Mention:
    return Mention(**{f: row[f] for f in MENTION_FIELDS})


def quote(row: Row) -> Quote:
    return Quote(text=row["text"], kind=row["kind"], cue=row["cue"], speaker=speaker(row, "speaker"),
                 start=row["start"], end=row["end"], extractor=row["extractor"])


def date_mention(row: Row) -> DateMention:
    return DateMention(**{f: row[f] for f in DATE_FIELDS})


def figure(row: Row) -> Figure:
    places = {p: Mention(**_prefixed(row, p, MENTION_FIELDS)) if row[f"{p}_text"] is not None else None
              for p in FIGURE_PLACES}
    when = DateMention(**_prefixed(row, "when", DATE_FIELDS)) if row["when_text"] is not None else None
    return Figure(start=row["start"], end=row["end"], **places, when=when,
                  stated_by=speaker(row, "stated_by"), flags=tuple(row["flags"]),
                  alternatives=tuple(row["alternatives"]), extractor=row["extractor"],
                  **{f: row[f] for f in FIGURE_FIELDS})


def claim(row: Row) -> Claim:
    """A claim from a ``claims`` row, or a bare one from a ``figure_claims`` row (one source, no role)."""
    return Claim(article=row["article_id"], value=row["value"], low=row["low"], high=row["high"],
                 stated_by=speaker(row, "stated_by"), start=row["start"], end=row["end"], text=row["text"],
                 reported_by=row["reported_by"], sources=row.get("sources") or 1, role=row.get("role"))


def article_ref(row: Row) -> ArticleRef:
    return ArticleRef(id=row["id"], title=row["title"], url=row["url"], published=row["published"],
                      outlet=row["outlet"])


def article(row: Row, facts: Mapping[str, tuple] | None = None) -> Article:
    dateline = None
    if row["dateline_text"] is not None:
        dateline = Dateline(text=row["dateline_text"], place=row["dateline_place"],
                            start=row["dateline_start"], end=row["dateline_end"])
    source = Source(path=row["source_path"], url=row["source_url"], outlet=row["outlet"], id=row["source_id"],
                    kind=row["source_kind"])
    return Article(id=row["id"], source=source, text=row["text"], title=row["title"], url=row["url"],
                   dateline=dateline, published=row["published"], bullets=tuple(row["bullets"]),
                   truncated=bool(row["truncated"]), language=row["language"],
                   extractors=tuple(row["extractors"]), flags=tuple(row.get("flags") or ()),
                   page_kind=row.get("page_kind"), teaser=bool(row.get("teaser")), notes=tuple(row.get("notes") or ()),
                   **(facts or {}))
