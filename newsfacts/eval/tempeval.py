"""TempEval-3 (TimeML): date spans (strict and relaxed P/R/F1) and value accuracy.

Gold is read from ``shared/gold/tempeval3/`` (never copied here): ``Training/TBAQ-cleaned`` (TimeBank
and AQUAINT; the stray ``testpipeline/`` duplicate is skipped) for development, and
``Evaluation/te3-platinum`` as held-out test where it is present. Each document's ``<TEXT>`` is
stripped of its tags; that text goes through the whole pipeline with the document creation time
(``functionInDocument="CREATION_TIME"``) as ``Article.published``, so gold and predicted offsets share
one text.

Scoring, TIMEX3 of type DATE only:
- strict: a prediction with exactly a gold span's offsets; relaxed: overlapping spans, matched one to
  one (largest overlap first);
- predictions overlapping a gold TIME timex ("Thursday morning" is DATE in some documents, TIME in
  others) are left out of both counts; those overlapping a DURATION or SET count as false positives;
- value accuracy is over relaxed pairs, after normalising how TimeML writes a few values: the gold
  value loses a time-of-day part ("1998-08-13TMO" -> "1998-08-13": we mark dates, at day precision)
  and unspecified trailing parts ("1949-XX" -> "1949", "199X" -> "199"), and its week numbers get two
  digits ("2000-W6" -> "2000-W06"); our open interval "X/.." ("since last year") is compared as X
  (TimeML leaves "since" outside the timex, as a signal).
Gold values such as PRESENT_REF ("now", "currently") are gold DATEs we do not mark: they count as misses.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EvalError
from ..pipeline import Pipeline, default_stages
from ..records import Article, DateMention, Failure, Source, article_id
from .common import EvalResult, prf, shared_dir

SETS = {
    "tbaq": ("Training/TBAQ-cleaned/TimeBank", "Training/TBAQ-cleaned/AQUAINT"),
    "platinum": ("Evaluation/te3-platinum",),
}


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class GoldDoc:
    name: str
    text: str
    dct: str | None
    timexes: tuple[Timex, ...]

    def of_type(self, kind: str) -> list[Timex]:
        return [t for t in self.timexes if t.type == kind]


def parse_timeml(path: Path) -> GoldDoc:
    """The text of ``<TEXT>`` without its tags, its TIMEX3 spans, and the creation time."""
    root = ET.parse(path).getroot()
    dct = next((t.get("value") for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), None)
    body = root.find("TEXT")
    if body is None:
        raise EvalError(f"{path}: no <TEXT> element")
    parts: list[str] = []
    timexes: list[Timex] = []
    _walk(body, parts, timexes, inside=True)
    return GoldDoc(path.stem, "".join(parts), dct[:10] if dct else None, tuple(timexes))


def _walk(elem: ET.Element, parts: list[str], timexes: list[Timex], inside: bool = False) -> None:
    start = sum(len(p) for p in parts)
    parts.append(elem.text or "")
    for child in elem:
        _walk(child, parts, timexes)
    end = sum(len(p) for p in parts)
    if elem.tag == "TIMEX3" and end > start and elem.get("functionInDocument") != "CREATION_TIME":
        timexes.append(Timex(start, end, elem.get("type", ""), elem.get("value", "")))
    if not inside:
        parts.append(elem.tail or "")


def load_set(root: Path, name: str, limit: int | None = None) -> list[GoldDoc]:
    base = root / "gold" / "tempeval3"
    files = sorted(p for folder in SETS[name] for p in (base / folder).glob("*.tml"))
    return [parse_timeml(p) for p in files[:limit]]


def predict(docs: Sequence[GoldDoc]) -> dict[str, list[DateMention]]:
    pipeline = Pipeline(default_stages())
    records = [Article(id=article_id(d.name, d.text), source=Source(path=d.name), text=d.text, published=d.dct)
               for d in docs]
    return {d.name: [] if isinstance(a, Failure) else list(a.dates)
            for d, a in zip(docs, pipeline.run(records), strict=True)}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _context(doc: GoldDoc, start: int, end: int) -> str:
    before, after = doc.text[max(0, start - 40):start], doc.text[end:end + 40]
    return " ".join(f"{before}[{doc.text[start:end]}]{after}".split())


def normalise_gold(value: str) -> str:
    """TimeML's way of writing a value ours writes otherwise: "1998-08-13TMO" -> "1998-08-13" (time of
    day), "1949-XX" -> "1949" and "199X" -> "199" (unspecified parts), "2000-W6" -> "2000-W06"."""
    if value[:3].isdigit() and "T" in value:
        value = value.split("T", 1)[0]
    value = re.sub(r"(?:-XX)+$", "", value)
    value = re.sub(r"^(\d{2,3})X+$", r"\1", value)
    return re.sub(r"-W(\d)(?!\d)", r"-W0\1", value)


def normalise_ours(value: str | None) -> str | None:
    return value[:-3] if value and value.endswith("/..") else value


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    value_ok: int = 0
    missed: Counter = field(default_factory=Counter)
    spurious: Counter = field(default_factory=Counter)
    details: list[str] = field(default_factory=list)  # wrong values, misses and spurious spans, in context

    def add(self, doc: GoldDoc, predicted: Sequence[DateMention]) -> None:
        gold = doc.of_type("DATE")
        times = [(t.start, t.end) for t in doc.of_type("TIME")]
        preds = [p for p in predicted if not any(_overlap((p.start, p.end), t) for t in times)]
        self.gold += len(gold)
        self.predicted += len(preds)
        spans = {(g.start, g.end) for g in gold}
        self.strict += sum((p.start, p.end) in spans for p in preds)
        pairs = match(gold, preds)
        self.relaxed += len(pairs)
        for g, p in pairs:
            ok = normalise_ours(p.value) == normalise_gold(g.value)
            self.value_ok += ok
            if not ok:
                self.details.append(f"value {doc.name} DCT {doc.dct}: {p.value} for {_context(doc, p.start, p.end)}, "
                                    f"gold {g.value} for {doc.text[g.start:g.end]!r}")
        matched_g, matched_p = {id(g) for g, _ in pairs}, {id(p) for _, p in pairs}
        for g in gold:
            if id(g) not in matched_g:
                self.missed[doc.text[g.start:g.end].lower()] += 1
                self.details.append(f"missed {doc.name}: {_context(doc, g.start, g.end)} gold {g.value}")
        for p in preds:
            if id(p) not in matched_p:
                self.spurious[p.text.lower()] += 1
                self.details.append(f"spurious {doc.name}: {_context(doc, p.start, p.end)} -> {p.value}")

    def scores(self) -> dict[str, float]:
        out: dict[str, float] = {"gold": self.gold, "predicted": self.predicted}
        for kind, hits in (("strict", self.strict), ("relaxed", self.relaxed)):
            out |= {f"{kind}_{k}": v for k, v in prf(hits, self.predicted, self.gold).items()}
        out["value_accuracy"] = self.value_ok / self.relaxed if self.relaxed else 0.0
        return out


def match(gold: Sequence[Timex], preds: Sequence[DateMention]) -> list[tuple[Timex, DateMention]]:
    """One-to-one pairs of overlapping spans, largest overlap first."""
    candidates = sorted(((_overlap((g.start, g.end), (p.start, p.end)), i, j)
                         for i, g in enumerate(gold) for j, p in enumerate(preds)), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for size, i, j in candidates:
        if size <= 0:
            break
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((gold[i], preds[j]))
    return out


def score_set(docs: Sequence[GoldDoc]) -> Tally:
    predictions = predict(docs)
    tally = Tally()
    for d in docs:
        tally.add(d, predictions[d.name])
    return tally


def _report(name: str, docs: int, t: Tally) -> list[str]:
    s = t.scores()
    lines = [f"{name}: {docs} documents, {t.gold} gold DATE timexes, {t.predicted} predicted",
             f"  strict  P {s['strict_precision']:.3f}  R {s['strict_recall']:.3f}  F1 {s['strict_f1']:.3f}",
             f"  relaxed P {s['relaxed_precision']:.3f}  R {s['relaxed_recall']:.3f}  F1 {s['relaxed_f1']:.3f}",
             f"  value accuracy {s['value_accuracy']:.3f} ({t.value_ok}/{t.relaxed} relaxed matches)",
             "  most missed: " + ", ".join(f"{w!r} {n}" for w, n in t.missed.most_common(12)),
             "  most spurious: " + ", ".join(f"{w!r} {n}" for w, n in t.spurious.most_common(12))]
    return lines


def evaluate_tempeval(shared: str | os.PathLike | None = None, split: str | None = None, limit: int | None = None,
                      **_: object) -> EvalResult:
    """Score the dates stage on TBAQ-cleaned and, where present, te3-platinum (``split`` picks one)."""
    root = shared_dir(shared)
    names = [split] if split in SETS else list(SETS)
    scores: dict[str, float] = {}
    lines: list[str] = []
    details: list[str] = []
    for name in names:
        docs = load_set(root, name, limit)
        if not docs:
            if split == name or name == "tbaq":
                raise EvalError(f"TempEval-3 {name} not found under {root / 'gold' / 'tempeval3'}")
            lines.append(f"{name}: not present in shared/gold/tempeval3, not scored")
            continue
        tally = score_set(docs)
        scores |= {f"{name}_{k}": v for k, v in tally.scores().items()}
        lines += _report(name, len(docs), tally)
        details += tally.details
    return EvalResult("tempeval", passed=True, scores=scores, report="\n".join(lines), details=details)
