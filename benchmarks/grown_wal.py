"""Where the pages a grown ledger's commits write come from: N probe articles stored into a copy of a grown
ledger (``bench_ingest.py --grown N --keep DIR`` made it) with SQLite's automatic checkpoint off, then each
WAL frame mapped to its table or index (SQLite's ``dbstat``), per article:

    python benchmarks/grown_wal.py DIR [--ledger 100000] [--probe 100] [--no-bands]

``--no-bands`` stores no LSH band rows (what any other way of keeping them could save at most; near-copies
are then not found). Frames of a page written by several commits count once per commit; "distinct" counts
the page once. The copy is left in DIR as ``wal-probe.db`` (deleted at the next run).
"""

from __future__ import annotations

import argparse
import collections
import os
import pickle
import shutil
import sqlite3
import struct
import time

import synthetic_ledger
from sqlalchemy import event, insert

from newsfacts.store import conflicts, open_store


def frames(wal: str) -> tuple[collections.Counter, int]:
    """Frames per page number in a WAL file, and how many commits it holds."""
    raw = open(wal, "rb").read()
    size = struct.unpack(">I", raw[8:12])[0]
    counted: collections.Counter = collections.Counter()
    commits, off = 0, 32
    while off + 24 + size <= len(raw):
        page, after_commit = struct.unpack(">II", raw[off:off + 8])
        counted[page] += 1
        commits += after_commit != 0
        off += 24 + size
    return counted, commits


def without_bands() -> None:
    def add_story(self, article_id, story, hashes, fp):
        self.conn.execute(insert(conflicts.stories).values(article_id=article_id, story_id=story, size=fp.size,
                                                           signature=fp.signature if hashes else None))
    conflicts.SqlLedger.add_story = add_story


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("dir")
    p.add_argument("--ledger", type=int, default=100_000)
    p.add_argument("--probe", type=int, default=100)
    p.add_argument("--base", default="base-train-300.pkl", help="the base extraction's file in DIR")
    p.add_argument("--no-bands", action="store_true")
    args = p.parse_args()
    base = pickle.loads(open(os.path.join(args.dir, args.base), "rb").read())
    probe = synthetic_ledger.probe(base, args.ledger, args.probe)
    work = os.path.join(args.dir, "wal-probe.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(work + suffix):
            os.remove(work + suffix)
    shutil.copy(os.path.join(args.dir, f"grown-{args.ledger}.db"), work)
    if args.no_bands:
        without_bands()
    with open_store(work) as store:
        @event.listens_for(store.engine, "connect")
        def no_checkpoint(dbapi_connection, _record) -> None:
            dbapi_connection.execute("PRAGMA wal_autocheckpoint = 0")

        store.engine.dispose()
        t0, c0 = time.perf_counter(), time.process_time()
        store.ingest(probe, source_label="probe")
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        shutil.copy(work + "-wal", work + ".wal-copy")  # the last connection's close checkpoints the WAL away
    counted, commits = frames(work + ".wal-copy")
    os.remove(work + ".wal-copy")
    names = {page: name for name, page in sqlite3.connect(work).execute("SELECT name, pageno FROM dbstat")
             if page in counted}
    by, distinct = collections.Counter(), collections.Counter()
    for page, k in counted.items():
        by[names.get(page, "?")] += k
        distinct[names.get(page, "?")] += 1
    n = args.probe
    print(f"{n} articles in {seconds:.1f} s ({cpu:.2f} s of CPU), {commits} commits, {sum(counted.values()) / n:.0f} frames "
          f"({len(counted) / n:.0f} distinct pages) an article")
    for name, k in by.most_common(20):
        print(f"  {name:40s} {k / n:6.1f} frames {distinct[name] / n:6.1f} distinct pages an article")


if __name__ == "__main__":
    main()
