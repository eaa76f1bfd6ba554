"""Geoparsing on news: LGL, TR-News and GeoVirus (Gritta's collection), toponym F1 and accuracy within 161 km.

Gold is read from ``shared/gold/geoparsing/data/Corpora/*.xml`` (never copied here). Each article text
goes through the pipeline as it is, so mention offsets and gold offsets share one text.

- Toponyms: every place mention (type "place", actors included) is a predicted toponym; it matches a
  gold toponym when their spans overlap (one to one, largest overlap first). Exact-span matches are
  counted too.
- Geocoding, end to end: over matched toponyms whose gold has coordinates, the share whose resolved
  point lies within 161 km (100 miles) of the gold point; an unresolved point counts as wrong. Mean and
  median error are over the resolved ones.
- Geocoding given gold names: the gold spans themselves resolved by the places stage (the setting of
  the published Mordecai 3 number), the same metrics.

Offsets: GeoVirus counts from 1; a few TR-News spans are one character late (taken back when the phrase
is found one character earlier). TR-News also marks demonyms ("Turkish") as toponyms; they stay in the gold.
"""

from __future__ import annotations

import math
import os
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EvalError
from ..pipeline import Pipeline, Stage, Work, default_stages, per_article
from ..records import Article, Failure, Mention, Source, article_id
from .common import EvalResult, one_to_one, prf, shared_dir

CORPORA = {"lgl": "lgl.xml", "trnews": "TR-News.xml", "geovirus": "GeoVirus.xml"}
LABELS = {"lgl": "LGL", "trnews": "TR-News", "geovirus": "GeoVirus"}
WITHIN_KM = 161.0
EARTH_RADIUS_KM = 6371.0088
PUBLISHED = "published (shared/gold/README.md): Mordecai 3, given gold names: correct GeoNames entry 92.6%, within 161 km 96.6%"


@dataclass(frozen=True)
class Toponym:
    start: int
    end: int
    name: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class GoldArticle:
    name: str
    text: str
    toponyms: tuple[Toponym, ...]


def load_corpus(root: Path, corpus: str, limit: int | None = None) -> list[GoldArticle]:
    path = root / "gold" / "geoparsing" / "data" / "Corpora" / CORPORA[corpus]
    if not path.is_file():
        raise EvalError(f"{LABELS[corpus]} gold not found at {path}")
    articles = ET.parse(path).getroot().findall("article")[:limit]
    read = _geovirus_article if corpus == "geovirus" else _lgl_article
    return [read(f"{corpus}-{i}", a) for i, a in enumerate(articles)]


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def _lgl_article(name: str, el: ET.Element) -> GoldArticle:
    text = el.findtext("text") or ""
    out = []
    for t in el.iter("toponym"):
        start, end, phrase = int(t.findtext("start") or 0), int(t.findtext("end") or 0), t.findtext("phrase") or ""
        if text[start:end] != phrase and text[start - 1:end - 1] == phrase:
            start, end = start - 1, end - 1
        gaz = t.find("gaztag")
        lat, lon = (_float(gaz.findtext("lat")), _float(gaz.findtext("lon"))) if gaz is not None else (None, None)
        out.append(Toponym(start, end, phrase, lat, lon))
    return GoldArticle(name, text, tuple(out))


def _geovirus_article(name: str, el: ET.Element) -> GoldArticle:
    text = el.findtext("text") or ""
    out = [Toponym(int(loc.findtext("start") or 1) - 1, int(loc.findtext("end") or 1) - 1, loc.findtext("name") or "",
                   _float(loc.findtext("lat")), _float(loc.findtext("lon")))
           for loc in el.iter("location")]
    return GoldArticle(name, text, tuple(out))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def match(golds: Sequence[Toponym], preds: Sequence[Mention]) -> list[tuple[Toponym, Mention]]:
    """One-to-one pairs of overlapping spans, largest overlap first."""
    scored = ((min(g.end, p.end) - max(g.start, p.start), i, j) for i, g in enumerate(golds) for j, p in enumerate(preds))
    return [(golds[i], preds[j]) for i, j in one_to_one(scored, 1)]


@dataclass
class Geocoding:
    """Distances of resolved points to gold points; ``pairs`` counts every gold point scored."""

    pairs: int = 0
    errors_km: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def add(self, gold: Toponym, mention: Mention, where: str = "") -> None:
        if gold.lat is None or gold.lon is None:
            return
        self.pairs += 1
        if mention.lat is None or mention.lon is None:
            self.misses.append(f"{where}: {mention.text!r} unresolved (gold {gold.lat:.2f},{gold.lon:.2f})")
            return
        km = haversine_km(gold.lat, gold.lon, mention.lat, mention.lon)
        self.errors_km.append(km)
        if km > WITHIN_KM:
            self.misses.append(f"{where}: {mention.text!r} -> {mention.country} {mention.precision} {mention.geonames_id} "
                               f"{km:.0f} km off (gold {gold.lat:.2f},{gold.lon:.2f})")

    def scores(self) -> dict[str, float]:
        within = sum(1 for e in self.errors_km if e <= WITHIN_KM)
        errs = self.errors_km
        return {"acc161": within / self.pairs if self.pairs else 0.0,
                "resolved": len(errs) / self.pairs if self.pairs else 0.0,
                "mean_km": statistics.fmean(errs) if errs else 0.0,
                "median_km": statistics.median(errs) if errs else 0.0,
                "points": self.pairs}


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    geocoding: Geocoding = field(default_factory=Geocoding)
    given_names: Geocoding = field(default_factory=Geocoding)

    def add(self, gold: GoldArticle, predicted: Sequence[Mention], given: Sequence[Mention]) -> None:
        pairs = match(gold.toponyms, predicted)
        self.gold += len(gold.toponyms)
        self.predicted += len(predicted)
        self.matched += len(pairs)
        self.exact += sum(1 for g, m in pairs if (g.start, g.end) == (m.start, m.end))
        for g, m in pairs:
            self.geocoding.add(g, m, gold.name)
        for g, m in zip(gold.toponyms, given, strict=True):
            self.given_names.add(g, m, gold.name + " (given name)")

    def scores(self) -> dict[str, float]:
        out = {"gold": self.gold, "predicted": self.predicted, **prf(self.matched, self.predicted, self.gold)}
        out.update({f"exact_{k}": v for k, v in prf(self.exact, self.predicted, self.gold).items()})
        out.update(self.geocoding.scores())
        out.update({f"given_{k}": v for k, v in self.given_names.scores().items()})
        return out


def _records(gold: Iterable[GoldArticle], with_gold_mentions: bool) -> list[Article]:
    out = []
    for g in gold:
        mentions = tuple(Mention(text=g.text[t.start:t.end], type="place", canonical=g.text[t.start:t.end],
                                 start=t.start, end=t.end) for t in g.toponyms) if with_gold_mentions else ()
        out.append(Article(id=article_id(g.name, g.text), source=Source(path=g.name), text=g.text, mentions=mentions))
    return out


def _keep_mentions(work: Work) -> dict[str, object]:
    return {"mentions": work.article.mentions}


GOLD_MENTIONS = Stage("gold-mentions", "1", per_article(_keep_mentions), assigns=("mentions",))


def predict(gold: Sequence[GoldArticle]) -> tuple[list[list[Mention]], list[list[Mention]]]:
    """Place mentions the pipeline finds in each article, and the gold names as the places stage resolves them."""
    from ..analyse import places, sentences

    found = Pipeline(default_stages()).run(_records(gold, with_gold_mentions=False))
    given = Pipeline((sentences.STAGE, GOLD_MENTIONS, places.STAGE)).run(_records(gold, with_gold_mentions=True))
    predicted = [[] if isinstance(a, Failure) else [m for m in a.mentions if m.type == "place"] for a in found]
    resolved = []
    for g, a in zip(gold, given, strict=True):
        at = {} if isinstance(a, Failure) else {(m.start, m.end): m for m in a.mentions}
        resolved.append([at.get((t.start, t.end)) or _unresolved(t) for t in g.toponyms])
    return predicted, resolved


def _unresolved(t: Toponym) -> Mention:
    return Mention(text=t.name, type="place", canonical=t.name, start=t.start, end=t.end)


def evaluate_geo(shared: str | os.PathLike | None = None, split: str | None = None, limit: int | None = None,
                 **_: object) -> EvalResult:
    root = shared_dir(shared)
    tallies: dict[str, Tally] = {}
    for corpus in CORPORA:
        gold = load_corpus(root, corpus, limit)
        predicted, given = predict(gold)
        tally = tallies[corpus] = Tally()
        for g, p, r in zip(gold, predicted, given, strict=True):
            tally.add(g, p, r)
    scores = {f"{c}_{k}": v for c, t in tallies.items() for k, v in t.scores().items()}
    details = [line for t in tallies.values() for line in t.given_names.misses + t.geocoding.misses]
    return EvalResult("geo", passed=True, scores=scores, report=_report(tallies, limit), details=details)


def _report(tallies: dict[str, Tally], limit: int | None) -> str:
    lines = ["Geoparsing (LGL, TR-News, GeoVirus)" + (f", first {limit} articles each" if limit else ""),
             f"{'corpus':<10}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}{'exF1':>7}"
             f"{'points':>8}{'@161':>7}{'mean km':>9}{'med km':>8}  | given gold names: {'@161':>6}{'resolved':>9}{'med km':>8}"]
    for corpus, t in tallies.items():
        s = t.scores()
        lines.append(f"{LABELS[corpus]:<10}{t.gold:>6}{t.predicted:>6}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}"
                     f"{s['exact_f1']:>7.3f}{int(s['points']):>8}{s['acc161']:>7.3f}{s['mean_km']:>9.0f}{s['median_km']:>8.0f}"
                     f"  | {'':>17}{s['given_acc161']:>6.3f}{s['given_resolved']:>9.3f}{s['given_median_km']:>8.0f}")
    lines.append(PUBLISHED)
    return "\n".join(lines)
