"""Storing into a grown ledger: ingest-only into a ledger of N synthetic articles against an empty one, and
the first page of ``newsfacts figures --db`` on it. Run through ``bench_ingest.py --grown N[,N...]``.

The ledger is a synthetic multi-year archive made by ``synthetic_ledger.py`` from real extractions (its
docstring and benchmarks/README.md say what it holds). The probe articles are the next ones after the grown
ledger's (the same plan: ids, dates, countries, near-copies), the same into both ledgers.

Each size is built on its own (``--keep DIR`` keeps the ledgers and reuses one already there). Timing at each
size: ``--probe`` articles are ingested into a copy of the empty ledger (A) and of the grown ledger (B),
interleaved A B A B for ``--rounds`` rounds; the ratio is the median rate into B over the median rate into A
(1.0: storing does not slow as the ledger grows), by wall time and by the process's CPU time. Then
``newsfacts figures --db`` is run as a person runs it (a whole process, median of 3) with no filter and with
common ones (``PAGE_FILTERS``); the query alone, in process, is timed beside it.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import synthetic_ledger

PAGE_FILTERS = ((), ("--country", "SDN"), ("--category", "casualties"), ("--country", "USA", "--category", "money"))


def load() -> str:
    """The machine's load averages, as ``uptime`` prints them: timings on a shared machine are noisy."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {len(os.sched_getaffinity(0))} usable cores"


def ingest_rate(template: str, work: str, probe: list) -> tuple[float, float]:
    """Articles a second stored into a copy of ``template``: by wall time, and by this process's CPU time
    (on a shared machine the wall time also holds the waits for the CPU; neither counts the fsyncs' waits
    alike, so both are reported)."""
    from newsfacts.store import conflicts, open_store

    conflicts.forget_claims()  # no claims kept built from the round before (the same rows of another copy)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(work + suffix):
            os.remove(work + suffix)
    shutil.copy(template, work)
    with open(work, "rb+") as f:  # the copy on disk before the clock starts: its writeback is not the store's work
        os.fsync(f.fileno())
    with open_store(work) as store:
        t0, c0 = time.perf_counter(), time.process_time()
        store.ingest(probe, source_label="probe")
        return len(probe) / (time.perf_counter() - t0), len(probe) / (time.process_time() - c0)


def first_page_seconds(db: str, filters: tuple[str, ...] = ()) -> tuple[float, int]:
    """Wall time of ``newsfacts figures --db DB [FILTERS]`` (a whole process, as a person runs it), and its rows."""
    exe = Path(sys.executable).with_name("newsfacts")
    t0 = time.perf_counter()
    out = subprocess.run([str(exe), "figures", "--db", db, *filters], capture_output=True, text=True, check=True,
                         env={**os.environ, "COLUMNS": "200"})
    return time.perf_counter() - t0, out.stdout.count("\n")


def query_seconds(db: str, filters: tuple[str, ...] = ()) -> float:
    """The first page and its "N more rows" count alone, in this process (what the command does past its start)."""
    from newsfacts.cli import MORE_COUNTED, TABLE_PAGE
    from newsfacts.filters import FigureFilter
    from newsfacts.store import open_store

    where = FigureFilter(**{k.lstrip("-"): v for k, v in zip(filters[::2], filters[1::2], strict=True)})
    t0 = time.perf_counter()
    with open_store(db) as store:
        store.figures(where, limit=TABLE_PAGE)
        store.count_facts(where, cap=TABLE_PAGE + MORE_COUNTED)
    return time.perf_counter() - t0


def run(base: list, sizes: list[int], tmp: str, probe_n: int, rounds: int, keep: str | None = None,
        tail_only: bool = False) -> list[dict]:
    from newsfacts.store import open_store

    empty = f"{tmp}/empty.db"
    with open_store(empty):
        pass
    results = []
    for n in sorted(sizes):
        grown = f"{keep or tmp}/grown-{n}{'-tail' if tail_only else ''}.db"
        built: dict = {"reused": True}
        if not (keep and os.path.exists(grown)):
            built = synthetic_ledger.build(grown, base, n, log=lambda m: print(m, file=sys.stderr), tail_only=tail_only)
        with open_store(grown) as store:  # migrated when older, the WAL checkpointed into the file
            store.engine.dispose()
        probe = synthetic_ledger.probe(base, n, probe_n)
        into_empty, into_grown, cpu_empty, cpu_grown = [], [], [], []
        for _ in range(rounds):
            for rates, cpu, template, work in ((into_empty, cpu_empty, empty, "a"), (into_grown, cpu_grown, grown, "b")):
                wall_rate, cpu_rate = ingest_rate(template, f"{tmp}/{work}.db", probe)
                rates.append(wall_rate)
                cpu.append(cpu_rate)
        pages = {}
        for filters in PAGE_FILTERS:
            wall = [first_page_seconds(grown, filters)[0] for _ in range(3)]
            inner = [query_seconds(grown, filters) for _ in range(3)]
            pages[" ".join(filters) or "(none)"] = {"command_s": statistics.median(wall), "query_s": statistics.median(inner)}
        results.append({
            "ledger_articles": n, "tail_only": tail_only, "built": built, "probe_articles": probe_n, "rounds": rounds,
            "empty_articles_per_s": statistics.median(into_empty), "grown_articles_per_s": statistics.median(into_grown),
            "ratio": statistics.median(into_grown) / statistics.median(into_empty),
            "rounds_empty": into_empty, "rounds_grown": into_grown,
            "cpu_ratio": statistics.median(cpu_grown) / statistics.median(cpu_empty),
            "cpu_rounds_empty": cpu_empty, "cpu_rounds_grown": cpu_grown,
            "figures_first_page": pages, "figures_first_page_s": pages["(none)"]["command_s"],
            "db_mib": os.path.getsize(grown) / 2**20, "load": load(),
        })
    return results


def table(results: list[dict]) -> str:
    lines = [f"{'ledger':>8} {'empty art/s':>12} {'grown art/s':>12} {'ratio':>6} {'figures page s':>15} {'db MiB':>7}  load"]
    for r in results:
        lines.append(f"{r['ledger_articles']:>8,}{'t' if r.get('tail_only') else ' '}{r['empty_articles_per_s']:12.1f} {r['grown_articles_per_s']:12.1f} "
                     f"{r['ratio']:6.2f} {r['figures_first_page_s']:15.2f} {r['db_mib']:7.0f}  {r['load']}")
        lines.append("   rounds empty " + ", ".join(f"{x:.1f}" for x in r["rounds_empty"]) + "; grown "
                     + ", ".join(f"{x:.1f}" for x in r["rounds_grown"]))
        lines.append(f"   by CPU time: ratio {r['cpu_ratio']:.2f}; empty "
                     + ", ".join(f"{x:.1f}" for x in r["cpu_rounds_empty"]) + "; grown "
                     + ", ".join(f"{x:.1f}" for x in r["cpu_rounds_grown"]) + " art/s")
        for name, t in r["figures_first_page"].items():
            lines.append(f"   figures --db {name}: command {t['command_s']:.2f} s, query and count {t['query_s']:.3f} s")
    return "\n".join(lines)
