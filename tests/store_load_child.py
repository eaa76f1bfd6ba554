"""Child process for tests/test_store_load.py: one writer or one reader on a shared ledger, for a while.

    store_load_child.py URL CORPUS_PICKLE writer|reader NUMBER SECONDS

A writer ingests the corpus (the articles ``store_corpus.extracted`` pickled) once as it is (all writers
at once: they race on the same articles), then again and again, each round through its own
``open_store`` as an ``ingest`` command would: every article tagged with a newer extractor version (so
its claims and conflicts are taken out and worked out again) and three new copies of articles. A reader opens the store afresh for every read, as the
``articles``, ``figures``, ``quotes``, ``conflicts``, ``search``, ``show`` and ``export`` commands do, and
runs one of them. Each prints one JSON line: how many runs, the errors (with their last traceback line)
and the slowest run in seconds.
"""

from __future__ import annotations

import io
import json
import random
import sys
import time
import traceback
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from store_corpus import load, renamed  # noqa: E402

from newsfacts.output import export  # noqa: E402
from newsfacts.store import open_store  # noqa: E402


def batch(corpus: list, number: int, run: int, rng: random.Random) -> list:
    if run == 0:
        return corpus
    tag = f"stress@w{number}r{run}"
    newer = [replace(a, extractors=(*a.extractors, tag)) for a in corpus]
    return newer + [renamed(a, f"w{number}r{run}") for a in rng.sample(corpus, 3)]


def until_time(articles: list, until: float):
    """The round's articles until the time is up (a later round ends early rather than overrun; the
    first is always whole, so the ledger holds the corpus and its conflicts however slow the machine)."""
    for article in articles:
        if time.monotonic() >= until:
            return
        yield article


def write(url: str, corpus: list, number: int, until: float) -> dict:
    rng = random.Random(number)
    runs, added, errors = 0, 0, []
    while time.monotonic() < until:
        articles = batch(corpus, number, runs, rng)
        try:
            with open_store(url) as store:
                summary = store.ingest(articles if runs == 0 else until_time(articles, until), source_label=f"writer {number} round {runs}")
                if summary.failures:
                    errors.append(f"round {runs}: {summary.failures} failures: {store.failures(summary.run_id)}")
            added += summary.articles_added
        except Exception as err:  # reported, and the writer goes on
            errors.append(f"round {runs}: {traceback.format_exception_only(err)[-1].strip()}")
        runs += 1
    return {"runs": runs, "added": added, "errors": errors}


def _export(store, fmt: str) -> int:
    out = io.StringIO()
    return export.export(store.figures(limit=500), fmt, out, kind="figures")


READS = {
    "articles": lambda store, rng: store.articles(limit=50, with_facts=True),
    "figures": lambda store, rng: store.figures(term="displaced", limit=200),
    "quotes": lambda store, rng: store.quotes(limit=200),
    "conflicts": lambda store, rng: store.conflicts(kind="figure_disagreement"),
    "search": lambda store, rng: store.search(rng.choice(["displaced", "killed", "floods", "province"])),
    "show": lambda store, rng: [store.article(a.id) for a in store.articles(limit=3)],
    "export": lambda store, rng: _export(store, rng.choice(["csv", "hxl", "jsonl"])),
}


def read(url: str, number: int, until: float) -> dict:
    rng = random.Random(number)
    runs, errors, slowest = 0, [], 0.0
    names = sorted(READS)
    while time.monotonic() < until:
        name = names[(number + runs) % len(names)]
        started = time.monotonic()
        try:
            with open_store(url) as store:
                READS[name](store, rng)
        except Exception as err:  # every error is reported, none stops the reader
            last = traceback.format_exception_only(err)[-1].strip()
            errors.append(f"{name}: {last}")
        slowest = max(slowest, time.monotonic() - started)
        runs += 1
    return {"runs": runs, "errors": errors, "slowest": round(slowest, 3)}


def main() -> None:
    url, corpus_path, role, number, seconds = sys.argv[1:6]
    until = time.monotonic() + float(seconds)
    if role == "writer":
        result = write(url, load(corpus_path), int(number), until)
    else:
        result = read(url, int(number), until)
    print(json.dumps({"role": role, "number": int(number), **result}))


if __name__ == "__main__":
    main()
