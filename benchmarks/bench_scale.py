"""Worker processes against plain single-process spaCy: ``newsfacts.iter_extract(paths, workers=W)`` for 1, 2 and
N (the usable cores) workers, beside ``nlp.pipe`` over the same texts in one process, on the PolNeAR texts.

    python benchmarks/bench_scale.py [--split dev|train|all] [--limit N] [--rounds N] [--workers 1,2,4] [--dask] [--json]

``--dask`` also runs ``--engine dask`` (a ``LocalCluster`` started for each run, its start-up measured apart the
same way) with 1 and 2 workers, and prints the scaling efficiency: 2 workers' steady rate over twice 1 worker's.

Interleaved: each round runs plain spaCy (in its own spawned process, model loaded once for the run), then
newsfacts with each number of workers, in turn. A newsfacts run starts its pool every time (as a command
does; the forkserver that preloads the model is started once per process, by the first run); that start-up
is measured apart, as the wall time of the same call on two short texts in two batches, and ``steady`` is
the run's wall time minus it. A row "spacy n_process=2" is plain spaCy's own two processes (``nlp.pipe(...,
n_process=2)``, its start-up included): what two processes of the parse alone reach on the machine. A row "spacy
2 side by side" is two plain spaCy processes started beforehand, each given half the texts (split to balance their
characters) at the same moment, timed until both are done: what two independent processes reach on these cores
with nothing to share or send (the ceiling for any two workers; on a machine whose two CPUs do not give twice
one, the bar's 1.7x may lie above it). Reported:
medians over the rounds, the
speed-up over plain spaCy (words/s over spaCy's words/s; 1.0 is one spaCy process), and the load average,
printed before and after: on a machine shared with other work the ratios move with it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import (  # noqa: E402
    DEFAULT_SHARED,
    SPLITS,
    WARMUP_TEXT,
    _child_run,
    _child_start,
    count_words,
    environment,
    find_texts,
    load_line,
)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--split", choices=sorted(SPLITS), default="dev", help="PolNeAR split to read (default dev)")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N files")
    p.add_argument("--rounds", type=int, default=3, metavar="N", help="interleaved rounds (default 3)")
    p.add_argument("--workers", default=None, metavar="W,...", help="numbers of workers (default 1, 2, usable cores)")
    p.add_argument("--dask", action="store_true", help="also --engine dask (a LocalCluster) with 1 and 2 workers")
    p.add_argument("--shared", type=Path, default=DEFAULT_SHARED, metavar="DIR", help="the shared folder")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    return p.parse_args(argv)


def newsfacts_run(paths: list[str], workers: int, batch_size: int | None = None, engine: str = "local",
                  caller_cpu: list[float] | None = None) -> float:
    """The wall time of one run; ``caller_cpu`` gets the CPU time of this process, the caller (with workers: the
    reading and the order it keeps; the workers' own time is not in it)."""
    import newsfacts

    t0, c0 = time.perf_counter(), time.process_time()
    for _ in newsfacts.iter_extract(paths, workers=workers, batch_size=batch_size, engine=engine):
        pass
    if caller_cpu is not None:
        caller_cpu.append(time.process_time() - c0)
    return time.perf_counter() - t0


SIDE_BY_SIDE = "spacy 2 side by side"


def split_balanced(paths: list[str], n: int) -> list[list[str]]:
    """``paths`` in ``n`` parts of about the same number of characters (longest first, each to the lightest part)."""
    parts: list[list[str]] = [[] for _ in range(n)]
    sizes = [0] * n
    for path in sorted(paths, key=lambda p: -Path(p).stat().st_size):
        k = sizes.index(min(sizes))
        parts[k].append(path)
        sizes[k] += Path(path).stat().st_size
    return parts


def side_by_side(pools: list[ProcessPoolExecutor], parts: list[list[str]]) -> float:
    """Wall time from handing each ready spaCy process its part, all at once, until the last is done."""
    t0 = time.perf_counter()
    futures = [pool.submit(_child_run, "spacy", part, frozenset()) for pool, part in zip(pools, parts, strict=True)]
    for f in futures:
        f.result()
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    from newsfacts.parallel import usable_cores

    paths = find_texts(args.shared, args.split, args.limit)
    words, _ = count_words(paths)
    counts = [int(w) for w in args.workers.split(",")] if args.workers else sorted({1, 2, usable_cores()})
    runs = [(f"{w} workers", w, "local") for w in counts]
    if args.dask:
        runs += [(f"dask {w}", w, "dask") for w in (1, 2)]
    report: dict = {"input": {"split": args.split, "files": len(paths), "words": words}, "rounds": args.rounds,
                    "environment": environment(), "load_before": load_line()}
    with tempfile.TemporaryDirectory() as tmp:
        warm = [Path(tmp) / "warm1.txt", Path(tmp) / "warm2.txt"]  # two batches of one: a pool starts for them
        for p in warm:
            p.write_text(WARMUP_TEXT)
        short = [str(p) for p in warm]
        newsfacts_run(short, 1)  # this process's model (for workers=1), loaded before any timing
        spacy = ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn"), initializer=_child_start,
                                    initargs=("spacy",))
        spacy2 = ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn"), initializer=_child_start,
                                     initargs=("spacy2",))
        pair = [ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn"), initializer=_child_start,
                                    initargs=("spacy",)) for _ in range(2)]
        halves = split_balanced(paths, 2)
        for pool in pair:  # started and loaded now, not in the first timed round
            pool.submit(_child_run, "spacy", [], frozenset()).result()
        try:
            times: dict[str, list[float]] = {"spacy": [], "spacy n_process=2": [], SIDE_BY_SIDE: [],
                                             **{name: [] for name, _, _ in runs}}
            startup: dict[str, list[float]] = {name: [] for name, _, _ in runs}
            caller: dict[str, list[float]] = {name: [] for name, _, _ in runs}
            for _, w, engine in runs:  # once untimed: the forkserver loads the model here, once for the run
                newsfacts_run(short, w, batch_size=1, engine=engine)
            for _ in range(args.rounds):
                times["spacy"].append(spacy.submit(_child_run, "spacy", paths, frozenset()).result()[0])
                # what plain spaCy's own two processes reach on this machine: the ceiling the bar is set against
                times["spacy n_process=2"].append(spacy2.submit(_child_run, "spacy2", paths, frozenset()).result()[0])
                times[SIDE_BY_SIDE].append(side_by_side(pair, halves))
                for name, w, engine in runs:
                    startup[name].append(newsfacts_run(short, w, batch_size=1, engine=engine))
                    times[name].append(newsfacts_run(paths, w, engine=engine, caller_cpu=caller[name]))
        finally:
            for pool in (spacy, spacy2, *pair):
                pool.shutdown()
    report["load_after"] = load_line()
    base = statistics.median(times["spacy"])
    rows = {}
    for name, ts in times.items():
        wall = statistics.median(ts)
        start = statistics.median(startup[name]) if name in startup else 0.0
        steady = wall - start if wall > start else None  # a start-up slower than the whole run: input too small
        cpu = statistics.median(caller[name]) if name in caller else None
        rows[name] = {"wall_s": wall, "wall_s_all": ts, "startup_s": start, "caller_cpu_s": cpu, "words_per_s": words / wall,
                      "speedup": base / wall, "steady_speedup": base / steady if steady else None}
    report["results"] = rows
    if args.dask:  # Dask's scaling efficiency: 2 workers' steady rate over twice 1 worker's
        one, two = rows["dask 1"], rows["dask 2"]
        ok = all(r["steady_speedup"] for r in (one, two))
        report["dask_efficiency"] = two["steady_speedup"] / (2 * one["steady_speedup"]) if ok else None
    if args.json:
        print(json.dumps(report, indent=2))
        return
    env = report["environment"]
    print(f"PolNeAR {args.split}: {len(paths)} files, {words:,} words; median of {args.rounds} interleaved rounds; "
          f"{env['cpus_usable']}/{env['cpu_count']} CPUs; {report['load_before']} before, {report['load_after']} after")
    print(f"{'':21} {'wall s':>8} {'start s':>8} {'words/s':>9} {'x spaCy':>8} {'x spaCy steady':>15} {'caller cpu s':>13}")
    for name, r in rows.items():
        steady = f"{r['steady_speedup']:15.2f}" if r["steady_speedup"] else f"{'-':>15}"
        cpu = f"{r['caller_cpu_s']:13.2f}" if r["caller_cpu_s"] is not None else f"{'-':>13}"
        print(f"{name:21} {r['wall_s']:8.2f} {r['startup_s']:8.2f} {r['words_per_s']:9,.0f} {r['speedup']:8.2f} {steady} {cpu}")
    if args.dask:
        eff = report["dask_efficiency"]
        print(f"Dask scaling efficiency, 2 workers over 1 (steady): {eff:.2f}" if eff else
              "Dask scaling efficiency: - (start-up longer than the run: give more input)")


if __name__ == "__main__":
    main()
