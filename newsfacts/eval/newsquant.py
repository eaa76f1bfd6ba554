"""NewsQuant (CQE's news quantity set): value, value+unit and value+change P/R/F1.

Gold: ``shared/gold/newsquant/data/formatted_test_set/NewsQuant.json`` (sentences with their quantities;
never copied here). Each sentence goes through the pipeline as one article.

Matching follows CQE's evaluation: a predicted figure matches a gold quantity on value (a range matches
on both bounds), one to one in sentence order. value+unit also needs the unit: ours (currency codes and
"percent" mapped to CQE's names: USD -> dollar, percent -> percentage ...) or the counted noun's lemma
("residents" -> resident) must equal the gold normalised unit, or both have none. value+change needs the
bound or direction: approx exact -> "=", about/almost -> "~", over/at least -> ">", under/up to -> "<",
and a figure that rose or fell -> "up"/"down".
"""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass, field

from .. import lexicon
from ..errors import EvalError
from ..pipeline import Pipeline, default_stages
from ..records import Article, Failure, Figure, Source, article_id
from .common import EvalResult, in_part, part_note, prf, shared_dir

GOLD_FILE = "gold/newsquant/data/formatted_test_set/NewsQuant.json"
BAR = {"value_f1": 0.92, "value_unit_f1": 0.86, "value_change_f1": 0.88}
PUBLISHED = "CQE: value 92.0, value+unit 85.6, value+change 88.1; quantulum3: 73.0 / 47.2"
UNIT_NAMES: dict[str, str] = lexicon.table("units.cqe_unit_names")
CHANGE_OF_APPROX: dict[str, str] = lexicon.table("numbers.cqe_change_of_approx")


@dataclass(frozen=True)
class GoldQuantity:
    low: float
    high: float
    unit: str
    change: str


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    value: int = 0
    value_unit: int = 0
    value_change: int = 0
    misses: list[str] = field(default_factory=list)


def load(root) -> list[tuple[str, list[GoldQuantity]]]:
    path = root / GOLD_FILE
    if not path.is_file():
        raise EvalError(f"NewsQuant gold not found at {path}")
    out = []
    for item in json.loads(path.read_text(encoding="utf-8")):
        qs = [_gold(q) for q in item["quantities"]]
        out.append((item["text"], [q for q in qs if q is not None]))
    return out


def _gold(q: dict) -> GoldQuantity | None:
    value = q["value"].replace(",", "").strip()
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)(?:\s*-\s*(-?\d+(?:\.\d+)?))?", value)
    if m is None:
        return None
    low = float(m.group(1))
    high = float(m.group(2)) if m.group(2) else low
    unit = (q.get("normalized_unit") or "-").lower()
    return GoldQuantity(low, high, unit, q.get("change") or "=")


def same(a: float | None, b: float) -> bool:
    return a is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def value_matches(f: Figure, g: GoldQuantity) -> bool:
    if g.low != g.high:
        return same(f.low, g.low) and same(f.high, g.high)
    return same(f.value, g.low) or (f.low is None and any(same(v, g.low) for v in f.alternatives))


IRREGULAR_PLURALS: dict[str, str] = lexicon.table("figures.irregular_plurals")


def _singular(word: str) -> str:
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word.endswith(("ss", "us", "is")):
        return word  # "boss", "bus", "analysis"
    for suffix, repl in (("ies", "y"), ("ves", "f"), ("sses", "ss"), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= (2 if suffix == "sses" else 3):
            return word[: -len(suffix)] + repl
    return word


def unit_matches(f: Figure, g: GoldQuantity) -> bool:
    """Our unit (mapped to CQE's names) or our counted noun phrase, singular, names the gold unit. CQE
    writes a counted noun as its unit with its modifiers ("job cut", "european country"): every word of
    such a unit must be in our counted phrase."""
    base, _, per = (f.unit or "-").partition(" per ")
    unit = UNIT_NAMES.get(base, base).lower() + (f" per {per}" if per else "")
    if g.unit == unit or (g.unit == "-" and f.unit is None):
        return True
    if unit.split(" per ")[0] == g.unit.split(" per ")[0] and " per " in g.unit + unit:
        return unit == g.unit
    counted = {_singular(w) for w in re.findall(r"[a-z0-9-]+", (f.counted or "").lower())}
    return bool(counted) and all(_singular(w) in counted for w in g.unit.split())


def change_matches(f: Figure, g: GoldQuantity) -> bool:
    """CQE keeps one label: a bound (>, <, ~) before a direction (up, down)."""
    bound = "=" if "vague" in f.flags else CHANGE_OF_APPROX.get(f.approx, "=")  # CQE: vagueness is the range
    ours = bound if bound != "=" else (f.change or "=")
    return ours == g.change


def score_sentence(figures: list[Figure], gold: list[GoldQuantity], counts: Counts, text: str) -> None:
    counts.gold += len(gold)
    counts.predicted += len(figures)
    free = list(figures)
    for g in gold:
        hit = next((f for f in free if value_matches(f, g)), None)
        if hit is None:
            counts.misses.append(f"MISS {g} in {text[:100]!r}")
            continue
        free.remove(hit)
        counts.value += 1
        counts.value_unit += unit_matches(hit, g)
        counts.value_change += change_matches(hit, g)
        if not unit_matches(hit, g):
            counts.misses.append(f"UNIT ours={hit.unit!r}/{hit.counted!r} gold={g.unit!r} in {text[:100]!r}")
        if not change_matches(hit, g):
            counts.misses.append(f"CHANGE ours={hit.change or hit.approx!r} gold={g.change!r} {hit.text!r} in {text[:100]!r}")
    for f in free:
        counts.misses.append(f"EXTRA {f.text!r} ({f.value}) in {text[:100]!r}")


def evaluate_newsquant(shared: str | os.PathLike | None = None, limit: int | None = None, part: str | None = None,
                       **_: object) -> EvalResult:
    data = [d for i, d in enumerate(load(shared_dir(shared))) if in_part(str(i), part)][:limit]
    articles = [Article(id=article_id("newsquant", t), source=Source(path="newsquant"), text=t) for t, _ in data]
    results = Pipeline(default_stages()).run(articles)
    counts = Counts()
    for (text, gold), a in zip(data, results, strict=True):
        figures = [] if isinstance(a, Failure) else list(a.figures)
        score_sentence(figures, gold, counts, text)
    scores: dict[str, float] = {"sentences": len(data), "gold": counts.gold, "predicted": counts.predicted}
    lines = [f"NewsQuant: {len(data)} sentences, {counts.gold} gold quantities, {counts.predicted} predicted{part_note(part)}",
             f"{'match':<14}{'P':>7}{'R':>7}{'F1':>7}"]
    for name, hits in (("value", counts.value), ("value_unit", counts.value_unit), ("value_change", counts.value_change)):
        s = prf(hits, counts.predicted, counts.gold)
        scores.update({f"{name}_{k}": v for k, v in s.items()})
        lines.append(f"{name:<14}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}")
    below = [f"{k} {scores[k]:.3f} < {v}" for k, v in BAR.items() if scores[k] < v]
    lines.append(f"published: {PUBLISHED}")
    lines.append("bar: " + ("met" if not below else "not met: " + ", ".join(below)))
    return EvalResult("newsquant", passed=not below, scores=scores, report="\n".join(lines), details=counts.misses)
