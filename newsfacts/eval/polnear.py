"""PolNeAR (political news attribution relations): quote content P/R/F1 and speaker accuracy.

Gold is read from ``shared/gold/polnear/data/<split>/`` (brat standoff; never copied here). Each
article text goes through the pipeline as it is, so quote offsets and gold offsets share one text.

Matching, as the quotes issue defines it:
- a quote matches a gold content span when overlap/union >= 0.5; a content made of several spans
  (a quote split around its cue) counts as one span from its first to its last character; each gold
  relation and each quote is matched at most once (best overlap first);
- speaker accuracy is over matched pairs whose gold relation has a source: the quote's speaker mention
  (as written, with offsets) must overlap the gold source span;
- direct gold relations are those whose content holds a quotation mark; a quote counts as direct when
  its ``kind`` is direct;
- "speech cues" keeps gold relations and quotes whose cue is a verb of saying (``SPEECH_CUES``).
Articles annotated by several people (the agreement sets) are scored against the first annotator.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .. import lexicon
from ..errors import EvalError
from ..pipeline import Pipeline, default_stages
from ..records import Article, Failure, Quote, Source, article_id
from .common import EvalResult, one_to_one, prf, shared_dir
from .segmentation import report_line, wrongly_split

MIN_OVERLAP = 0.5
# The bar the quotes issue sets on dev; `newsfacts eval polnear` exits 1 below it.
BAR = {"all_f1": 0.75, "direct_f1": 0.93, "all_speaker_accuracy": 0.94, "speech_f1": 0.84,
       "speech_speaker_accuracy": 0.96}
QUOTE_CHARS = "\"“”"
SPEECH_CUES = lexicon.words("cues.speech_cues")
_IRREGULAR = lexicon.table("cues.irregular_forms")


def cue_lemma_words(cue: str) -> set[str]:
    """Crude lemmas of the words of a cue: enough to tell a verb of saying from another cue."""
    out = set()
    for w in re.findall(r"[a-z]+", cue.lower()):
        out.add(_IRREGULAR.get(w, w))
        for suffix in ("ing", "ed", "es", "s", "d"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                out.add(w[: -len(suffix)])
                out.add(w[: -len(suffix)] + "e")
    return out


def is_speech_cue(cue: str | None) -> bool:
    return bool(cue) and bool(cue_lemma_words(cue or "") & SPEECH_CUES)


@dataclass(frozen=True)
class Relation:
    content: tuple[int, int]
    source: tuple[int, int] | None
    cue: str
    cue_span: tuple[int, int] | None = None

    @property
    def speech(self) -> bool:
        return is_speech_cue(self.cue)


@dataclass(frozen=True)
class GoldArticle:
    name: str
    text: str
    relations: tuple[Relation, ...]

    def direct(self, r: Relation) -> bool:
        return any(ch in self.text[r.content[0]:r.content[1]] for ch in QUOTE_CHARS)


def load_split(root: Path, split: str = "dev", limit: int | None = None) -> list[GoldArticle]:
    base = root / "gold" / "polnear" / "data" / split
    if not (base / "text").is_dir():
        raise EvalError(f"PolNeAR {split} split not found at {base}")
    anns: dict[str, Path] = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        anns.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    texts = sorted((base / "text").glob("*.txt"))[:limit]
    return [GoldArticle(t.stem, t.read_text(encoding="utf-8"), _relations(anns.get(t.stem))) for t in texts]


def _relations(ann: Path | None) -> tuple[Relation, ...]:
    if ann is None:
        return ()
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            label, *offsets = parts[1].replace(";", " ").split()
            pairs = [(int(offsets[i]), int(offsets[i + 1])) for i in range(0, len(offsets) - 1, 2)]
            spans[parts[0]] = (label, pairs, parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    out = []
    for ev in events:
        args = {k.rstrip("0123456789"): v for k, v in ev.items()}
        content = spans.get(args.get("Content", ""))
        if content is None:
            continue
        source = spans.get(args.get("Source", ""))
        cue = spans.get(args.get("Cue", ""))
        out.append(Relation(
            content=_hull(content[1]),
            source=_hull(source[1]) if source else None,
            cue=cue[2] if cue else "",
            cue_span=_hull(cue[1]) if cue else None,
        ))
    return tuple(out)


def _hull(pairs: Sequence[tuple[int, int]]) -> tuple[int, int]:
    return min(s for s, _ in pairs), max(e for _, e in pairs)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def match(golds: Sequence[Relation], quotes: Sequence[Quote]) -> list[tuple[Relation, Quote]]:
    """One-to-one pairs with overlap/union >= MIN_OVERLAP, best overlap first."""
    scored = ((overlap(g.content, (q.start, q.end)), i, j) for i, g in enumerate(golds) for j, q in enumerate(quotes))
    return [(golds[i], quotes[j]) for i, j in one_to_one(scored, MIN_OVERLAP)]


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    gold_matched: int = 0
    predicted_matched: int = 0
    speaker_pairs: int = 0
    speaker_ok: int = 0
    errors: list[str] = field(default_factory=list)

    def scores(self) -> dict[str, float]:
        acc = self.speaker_ok / self.speaker_pairs if self.speaker_pairs else 0.0
        return {**prf(self.predicted_matched, self.predicted, self.gold, self.gold_matched),
                "speaker_accuracy": acc, "gold": self.gold, "predicted": self.predicted}


def speaker_ok(g: Relation, q: Quote) -> bool:
    sp = q.speaker
    if g.source is None or sp is None or sp.start is None or sp.end is None:
        return False
    return overlap(g.source, (sp.start, sp.end)) > 0


def tally(article: GoldArticle, quotes: Sequence[Quote], tallies: dict[str, Tally]) -> None:
    views = {
        "all": (list(article.relations), list(quotes)),
        "direct": ([g for g in article.relations if article.direct(g)], [q for q in quotes if q.kind == "direct"]),
        "indirect": ([g for g in article.relations if not article.direct(g)], [q for q in quotes if q.kind != "direct"]),
        "speech": ([g for g in article.relations if g.speech], [q for q in quotes if is_speech_cue(q.cue)]),
    }
    everything = match(article.relations, quotes)
    for name, (golds, preds) in views.items():
        t = tallies[name]
        t.gold += len(golds)
        t.predicted += len(preds)
        gold_ids = {id(g) for g in golds}
        pred_ids = {id(q) for q in preds}
        t.gold_matched += sum(1 for g, _ in everything if id(g) in gold_ids)
        t.predicted_matched += sum(1 for _, q in everything if id(q) in pred_ids)
        for g, q in everything:
            if id(g) in gold_ids and g.source is not None:
                t.speaker_pairs += 1
                t.speaker_ok += speaker_ok(g, q)


def predict(articles: Iterable[GoldArticle]) -> dict[str, list[Quote]]:
    pipeline = Pipeline(default_stages())
    gold = list(articles)
    records = [Article(id=article_id(g.name, g.text), source=Source(path=g.name), text=g.text) for g in gold]
    out: dict[str, list[Quote]] = {}
    for g, a in zip(gold, pipeline.run(records), strict=True):
        out[g.name] = [] if isinstance(a, Failure) else list(a.quotes)
    return out


def new_tallies() -> dict[str, Tally]:
    return {k: Tally() for k in ("all", "direct", "indirect", "speech")}


def table(tallies: dict[str, Tally], title: str) -> list[str]:
    lines = [title, f"{'view':<10}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}{'speaker':>9}"]
    for view, t in tallies.items():
        s = t.scores()
        lines.append(f"{view:<10}{t.gold:>6}{t.predicted:>6}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}"
                     f"{s['speaker_accuracy']:>9.3f}")
    return lines


def evaluate_polnear(shared: str | os.PathLike | None = None, split: str = "dev", limit: int | None = None,
                     **_: object) -> EvalResult:
    gold = load_split(shared_dir(shared), split, limit)
    predictions = predict(gold)
    tallies = new_tallies()
    for g in gold:
        tally(g, predictions[g.name], tallies)
    scores = {f"{view}_{k}": v for view, t in tallies.items() for k, v in t.scores().items()}
    split_wrongly = len(wrongly_split([(g.name, g.text) for g in gold]))
    scores["segmentation_wrongly_split"] = split_wrongly
    lines = table(tallies, f"PolNeAR {split}: {len(gold)} articles")
    lines.append(report_line(split, len(gold), split_wrongly))
    below = [f"{k} {scores[k]:.3f} < {v}" for k, v in BAR.items() if scores[k] < v]
    lines.append("bar: " + ("met" if not below else "not met: " + ", ".join(below)))
    return EvalResult("polnear", passed=not below, scores=scores, report="\n".join(lines))
