"""Storing into a grown ledger: ingest-only into a ledger of N synthetic articles against an empty one, and
the first page of ``newsfacts figures --db`` on it. Run through ``bench_ingest.py --grown N[,N...]``.

The articles are extracted once from the PolNeAR texts (``--limit`` of them), then copied with varied text:
copy k has a word of its own after every third word, so no two copies share a 4-word shingle and none is
a near-duplicate of another (each gets its own story), except every ``COPY_EVERY``-th, which is a light
edit of an earlier copy (one word added) and so a wire copy that joins its story: the copy lookup and the
claims of a story are exercised as in a real archive. Copy k is published on day k // ``PER_DAY`` (an
archive's feed, 50 articles a day). Facts keep their offsets (the store does not check them against the
text). The probe articles are the next ones after the grown ledger's (ids and dates), the same into both.

One ledger is grown through the sizes asked, smallest first. Timing at each size: ``--probe`` fresh synthetic articles are ingested into a copy of the empty ledger (A) and of the
grown ledger (B), interleaved A B A B for ``--rounds`` rounds; the ratio is the median rate into B over
the median rate into A (1.0: storing does not slow as the ledger grows).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

COPY_EVERY = 10
PER_DAY = 50  # synthetic article k is published on day k // PER_DAY from 2015-01-01, as an archive's feed


def load() -> str:
    """The machine's load averages, as ``uptime`` prints them: timings on a shared machine are noisy."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {len(os.sched_getaffinity(0))} usable cores"


def varied(article, k: int):
    """Copy ``k`` of an article: its own word after every third word (so its shingles are its own), a new id."""
    words = article.text.split(" ")
    mark = f"v{k}x"
    text = " ".join(w if i % 3 else f"{w} {mark}" for i, w in enumerate(words))
    return _renamed(article, text, k)


def edited(article, k: int):
    """A light edit of an article (one word more at its end): a wire copy of it."""
    return _renamed(article, article.text + f" e{k}", k)


def _renamed(article, text: str, k: int):
    new_id = hashlib.sha256(f"{k}:{text}".encode()).hexdigest()[:16]
    source = replace(article.source, id=f"synthetic-{k}", path=None, url=f"https://example.org/{k}")
    published = (dt.date(2015, 1, 1) + dt.timedelta(days=k // PER_DAY)).isoformat()
    return replace(article, id=new_id, text=text, story=None, source=source, published=published)


def synthetic(base: list, start: int, n: int) -> list:
    out = []
    for k in range(start, start + n):
        a = varied(base[k % len(base)], k)
        if k % COPY_EVERY == COPY_EVERY - 1 and out:
            a = edited(out[-1], k)
        out.append(a)
    return out


def fill(url: str, base: list, start: int, n: int, chunk: int = 2000) -> float:
    """Store synthetic articles ``start`` to ``n`` into the ledger at ``url``."""
    from newsfacts.store import open_store

    t0 = time.perf_counter()
    with open_store(url) as store:
        for at in range(start, n, chunk):
            store.ingest(synthetic(base, at, min(chunk, n - at)), source_label="fill")
            print(f"  filled {min(at + chunk, n):,}/{n:,} ({time.perf_counter() - t0:.0f} s; {load()})", file=sys.stderr)
    return time.perf_counter() - t0


def ingest_rate(template: str, work: str, probe: list) -> float:
    from newsfacts.store import open_store

    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(work + suffix):
            os.remove(work + suffix)
    shutil.copy(template, work)
    with open_store(work) as store:
        t0 = time.perf_counter()
        store.ingest(probe, source_label="probe")
        return len(probe) / (time.perf_counter() - t0)


def first_page_seconds(db: str) -> tuple[float, int]:
    """Wall time of ``newsfacts figures --db DB`` (a whole process, as a person runs it), and its rows."""
    exe = Path(sys.executable).with_name("newsfacts")
    t0 = time.perf_counter()
    out = subprocess.run([str(exe), "figures", "--db", db], capture_output=True, text=True, check=True,
                         env={**os.environ, "COLUMNS": "200"})
    return time.perf_counter() - t0, out.stdout.count("\n")


def run(base: list, sizes: list[int], tmp: str, probe_n: int, rounds: int) -> list[dict]:
    from newsfacts.store import open_store

    empty = f"{tmp}/empty.db"
    with open_store(empty):
        pass
    results = []
    grown, filled = f"{tmp}/grown.db", 0
    for n in sorted(sizes):  # one ledger, grown from one size to the next
        fill_s = fill(grown, base, filled, n)
        filled = n
        with open_store(grown) as store:  # checkpoint the WAL into the file before copying it
            store.engine.dispose()
        probe = synthetic(base, n, probe_n)  # the next articles after the grown ledger's, in ids and dates
        into_empty, into_grown = [], []
        for _ in range(rounds):
            into_empty.append(ingest_rate(empty, f"{tmp}/a.db", probe))
            into_grown.append(ingest_rate(grown, f"{tmp}/b.db", probe))
        page_s = [first_page_seconds(grown)[0] for _ in range(3)]
        results.append({
            "ledger_articles": n, "fill_s": fill_s, "probe_articles": probe_n, "rounds": rounds,
            "empty_articles_per_s": statistics.median(into_empty), "grown_articles_per_s": statistics.median(into_grown),
            "ratio": statistics.median(into_grown) / statistics.median(into_empty),
            "figures_first_page_s": statistics.median(page_s), "db_mib": os.path.getsize(grown) / 2**20, "load": load(),
        })
    return results


def table(results: list[dict]) -> str:
    lines = [f"{'ledger':>8} {'empty art/s':>12} {'grown art/s':>12} {'ratio':>6} {'figures page s':>15} {'db MiB':>7}  load"]
    for r in results:
        lines.append(f"{r['ledger_articles']:>8,} {r['empty_articles_per_s']:12.1f} {r['grown_articles_per_s']:12.1f} "
                     f"{r['ratio']:6.2f} {r['figures_first_page_s']:15.2f} {r['db_mib']:7.0f}  {r['load']}")
    return "\n".join(lines)
