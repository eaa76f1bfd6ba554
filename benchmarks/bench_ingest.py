"""What the store costs: ``extract`` alone against ``extract`` + ``Store.ingest``, on the PolNeAR texts.

    python benchmarks/bench_ingest.py [--split dev|train|all] [--limit N] [--repeat N] [--postgres URL] [--json]

In one process, after loading the model and a warm-up, it alternates (``--repeat`` times, keeping the
best of each):

- ``extract``: ``newsfacts.iter_extract(paths)`` consumed to the end;
- ``extract+ingest``: ``store.ingest(newsfacts.iter_extract(paths))`` into a fresh SQLite file
  (WAL, ``synchronous=FULL``: one fsync per article), every article and its facts in one transaction;
- ``ingest only``: the already extracted articles ingested into another fresh store, which isolates the
  store's own throughput (articles/s) from the NLP.

``--grown 10000[,100000]`` instead times storing into a ledger grown to that many synthetic articles
against an empty one, and ``newsfacts figures --db`` on it (``bench_grown.py`` says how; the base of the
synthetic articles is the ``--split`` texts, ``--limit`` of them (300 is plenty), and realnews' tune part).

``--postgres URL`` (an admin URL such as ``postgresql://postgres@127.0.0.1:5432/postgres``) also times
ingest-only into a fresh PostgreSQL database made for the run and dropped after it. Words are the
whitespace-split words of the input files. The texts are read from ``../shared`` and never copied here.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import DEFAULT_SHARED, SPLITS, WARMUP_TEXT, count_words, environment, find_texts  # noqa: E402


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--split", choices=sorted(SPLITS), default="dev", help="PolNeAR split to read (default dev)")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N files")
    p.add_argument("--repeat", type=int, default=2, metavar="N", help="alternate N times, keep the best (default 2)")
    p.add_argument("--shared", type=Path, default=DEFAULT_SHARED, metavar="DIR", help="the shared folder")
    p.add_argument("--postgres", default=None, metavar="URL", help="also time ingest-only into PostgreSQL")
    p.add_argument("--grown", default=None, metavar="N[,N...]",
                   help="time storing into ledgers of N synthetic articles against an empty one (bench_grown.py)")
    p.add_argument("--keep", default=None, metavar="DIR",
                   help="with --grown: keep the base extraction and the grown ledgers here, and reuse them")
    p.add_argument("--probe", type=int, default=300, metavar="N", help="with --grown: articles stored per round")
    p.add_argument("--rounds", type=int, default=3, metavar="N", help="with --grown: interleaved rounds (A B A B)")
    p.add_argument("--tail-only", action="store_true",
                   help="with --grown: ledgers of the last 61 days of the N-article plan alone (its window's density, "
                        "not its size; kept as grown-N-tail.db)")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    return p.parse_args(argv)


def timed(fn, *args) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = fn(*args)
    return time.perf_counter() - t0, out


def extract_only(newsfacts, paths: list[str]) -> list:
    return list(newsfacts.iter_extract(paths))


def extract_and_ingest(newsfacts, paths: list[str], url: str):
    from newsfacts.store import open_store

    with open_store(url) as store:
        return store.ingest(newsfacts.iter_extract(paths), source_label="bench")


def ingest_only(items: list, url: str):
    from newsfacts.store import open_store

    with open_store(url) as store:
        t0 = time.perf_counter()
        summary = store.ingest(items, source_label="bench")
        return time.perf_counter() - t0, summary


def fresh_postgres(admin: str):
    import psycopg

    name = f"newsfacts_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return name, admin.rsplit("/", 1)[0] + "/" + name


def drop_postgres(admin: str, name: str) -> None:
    import psycopg

    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(args: argparse.Namespace, paths: list[str], words: int) -> dict:
    import newsfacts
    from newsfacts.analyse import nlp

    nlp.load()
    list(newsfacts.iter_extract(WARMUP_TEXT))
    best = {"extract": float("inf"), "extract+ingest": float("inf"), "ingest only": float("inf")}
    items: list = []
    summary = None
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.repeat):
            t, items = timed(extract_only, newsfacts, paths)
            best["extract"] = min(best["extract"], t)
            t, summary = timed(extract_and_ingest, newsfacts, paths, f"{tmp}/full{i}.db")
            best["extract+ingest"] = min(best["extract+ingest"], t)
            t, _ = ingest_only(items, f"{tmp}/store{i}.db")
            best["ingest only"] = min(best["ingest only"], t)
        db_bytes = Path(f"{tmp}/full0.db").stat().st_size
    if args.postgres:
        name, url = fresh_postgres(args.postgres)
        try:
            best["ingest only (postgresql)"], _ = ingest_only(items, url)
        finally:
            drop_postgres(args.postgres, name)
    n_articles = sum(1 for x in items if isinstance(x, newsfacts.Article))
    facts = summary.facts_added if summary else 0
    rates = {k: {"wall_s": v, "words_per_s": words / v, "articles_per_s": n_articles / v} for k, v in best.items()}
    return {"articles": n_articles, "facts": facts, "db_bytes": db_bytes, "timings": rates,
            "ratio_words_per_s": rates["extract+ingest"]["words_per_s"] / rates["extract"]["words_per_s"]}


def table(report: dict) -> str:
    inp, env, r = report["input"], report["environment"], report["result"]
    lines = [f"PolNeAR {inp['split']}: {inp['files']} files, {inp['words']:,} words, {r['articles']} articles, "
             f"{r['facts']:,} facts; best of {report['repeat']}",
             f"Python {env['python']}, {env['cpus_usable']}/{env['cpu_count']} CPUs, newsfacts {env['newsfacts']}",
             "", f"{'':26} {'words/s':>9} {'articles/s':>11} {'wall s':>8}"]
    for name, t in r["timings"].items():
        lines.append(f"{name:26} {t['words_per_s']:9,.0f} {t['articles_per_s']:11,.1f} {t['wall_s']:8.2f}")
    lines += ["", f"extract+ingest / extract words/s: {r['ratio_words_per_s']:.3f}; "
              f"SQLite file {r['db_bytes'] / 1024 / 1024:.1f} MiB"]
    return "\n".join(lines)


def grown(args: argparse.Namespace, paths: list[str]) -> None:
    import pickle

    from bench_grown import load, run
    from bench_grown import table as grown_table

    import newsfacts
    from newsfacts.eval.realnews import sets

    print(f"before: {load()}", file=sys.stderr)
    cached = Path(args.keep) / f"base-{args.split}-{args.limit}.pkl" if args.keep else None
    if cached and cached.exists():
        base = pickle.loads(cached.read_bytes())
    else:  # the PolNeAR texts and realnews' tune part (crisis news: casualty and displacement figures, places)
        pages = [str(p) for _, _, inputs, _ in sets(args.shared, "tune") for p in inputs]
        base = [a for a in newsfacts.iter_extract(paths + pages) if isinstance(a, newsfacts.Article) and a.text]
        if cached:
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_bytes(pickle.dumps(base))
    sizes = [int(n) for n in args.grown.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        results = run(base, sizes, tmp, args.probe, args.rounds, keep=args.keep, tail_only=args.tail_only)
    report = {"base_articles": len(base), "environment": environment(), "results": results}
    print(json.dumps(report, indent=2) if args.json else
          f"{len(base)} extracted articles (PolNeAR {args.split}, realnews tune part) as the base of the synthetic "
          "ones\n" + grown_table(results))


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    paths = find_texts(args.shared, args.split, args.limit)
    if args.grown:
        grown(args, paths)
        return
    words, chars = count_words(paths)
    report = {"input": {"split": args.split, "files": len(paths), "words": words, "chars": chars},
              "repeat": args.repeat, "environment": environment(), "result": run(args, paths, words)}
    print(json.dumps(report, indent=2) if args.json else table(report))


if __name__ == "__main__":
    main()
