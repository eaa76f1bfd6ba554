"""What storing the probe articles leaves in a grown ledger, row for row: a check that a change to the store's
speed keeps the ledger's content. Stores the next ``--probe`` articles of the synthetic plan into a copy of a
ledger that ``bench_ingest.py --grown N --keep DIR`` made, then writes every row of the conflict finder's tables
(stories, conflicts, claims, figure_updates, claim_support, figure_claims, the story band words), sorted, to
``--out``, with a digest of each table on stdout. Run it with each code (``PYTHONPATH`` at each tree) and
compare the two files:

    python benchmarks/ledger_rows.py DIR/grown-100000-tail.db --base DIR/base-train-300.pkl --out /tmp/a.tsv
    cmp /tmp/a.tsv /tmp/b.tsv

Times (the ingest runs' start and end) and nothing else are left out.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import shutil
import sqlite3
import time

import synthetic_ledger

TABLES = {
    "stories": "SELECT article_id, story_id, size, hex(signature) FROM stories",
    "conflicts": "SELECT id, about, kind, extractor, run_id FROM conflicts",
    "claims": "SELECT * FROM claims",
    "figure_updates": "SELECT * FROM figure_updates",
    "claim_support": "SELECT * FROM claim_support",
    "figure_claims": "SELECT * FROM figure_claims",
    "story_bands_fts": "SELECT rowid, bands FROM story_bands_fts",
}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("ledger")
    p.add_argument("--base", required=True, help="the base extraction (base-SPLIT-LIMIT.pkl in the --keep folder)")
    p.add_argument("--ledger-size", type=int, default=100_000, help="the N of the grown ledger (its plan)")
    p.add_argument("--probe", type=int, default=300)
    p.add_argument("--out", required=True)
    args = p.parse_args()
    from newsfacts.store import conflicts, open_store

    base = pickle.loads(open(args.base, "rb").read())
    probe = synthetic_ledger.probe(base, args.ledger_size, args.probe)
    work = args.out + ".db"
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(work + suffix):
            os.remove(work + suffix)
    shutil.copy(args.ledger, work)
    conflicts.forget_claims()
    with open_store(work) as store:
        t0 = time.process_time()
        store.ingest(probe, source_label="probe")
        print(f"stored {len(probe)} articles in {time.process_time() - t0:.2f} s CPU")
    db = sqlite3.connect(work)
    with open(args.out, "w") as out:
        for name, query in TABLES.items():
            found = sorted(tuple("" if v is None else str(v) for v in r) for r in db.execute(query))
            lines = ["\t".join((name, *r)) + "\n" for r in found]
            out.writelines(lines)
            print(f"{name}: {len(found)} rows, {hashlib.sha256(''.join(lines).encode()).hexdigest()[:16]}")
    db.close()
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(work + suffix):
            os.remove(work + suffix)


if __name__ == "__main__":
    main()
