"""Where storing into a grown ledger spends its CPU, by part: the ``--probe`` articles of the synthetic plan stored
into copies of an empty ledger and of a ledger ``bench_ingest.py --grown N --keep DIR`` made, with the store's and
the conflict finder's parts each wrapped in a ``time.process_time`` timer (inclusive: a part's time holds the parts
inside it, printed indented); no profiler, so Python and SQLite weigh as they really do. Milliseconds of CPU per
article, median of ``--rounds``:

    python benchmarks/ledger_parts.py DIR/grown-100000.db --base DIR/base-train-300.pkl --rounds 2
"""

from __future__ import annotations

import argparse
import collections
import os
import pickle
import shutil
import statistics
import tempfile
import time

import synthetic_ledger

PARTS = (  # (where, name, label): indented labels are inside the part above
    ("ingest", "_insert_facts", "facts written"),
    ("ingest.Writer", "commit", "commits"),
    ("finder", "assign_story", "story (assign_story)"),
    ("conflicts.SqlLedger", "copies", "  copies lookup (FTS5 on SQLite)"),
    ("finder", "add_figure_claims", "figure claims (add_figure_claims)"),
    ("conflicts.SqlLedger", "claims_near", "  claims in reach (claims_near)"),
    ("conflicts.SqlLedger", "stories_of", "  stories_of"),
    ("finder", "_refresh", "  comparisons and conflicts (_refresh)"),
    ("finder", "judge", "    judge"),
    ("conflicts.SqlLedger", "add_updates", "    updates written"),
    ("finder", "_join", "    _join"),
    ("conflicts.SqlLedger", "add_supporters", "      add_supporters"),
    ("conflicts.SqlLedger", "add_members", "      add_members"),
    ("conflicts.SqlLedger", "conflicts_of", "      conflicts_of"),
    ("finder", "_supporters", "      _supporters"),
    ("finder", "_add_denials", "denials (_add_denials)"),
    ("conflicts.SqlLedger", "statements_near", "  statements_near"),
    ("finder", "link_denial", "  link_denial"),
)


def timed_parts() -> collections.Counter:
    """Wrap every part of ``PARTS`` (``copies`` is consumed inside its timer: it yields lazily)."""
    from newsfacts.resolve import finder
    from newsfacts.store import conflicts, ingest

    spent: collections.Counter = collections.Counter()
    modules = {"finder": finder, "conflicts": conflicts, "ingest": ingest}
    for where, name, label in PARTS:
        owner = modules[where.split(".")[0]]
        for attr in where.split(".")[1:]:
            owner = getattr(owner, attr)
        original = getattr(owner, name)

        def wrapped(*args, _original=original, _label=label, _whole=(name == "copies"), **kwargs):
            t0 = time.process_time()
            try:
                found = _original(*args, **kwargs)
                return iter(list(found)) if _whole else found
            finally:
                spent[_label] += time.process_time() - t0

        setattr(owner, name, wrapped)
    return spent


def main() -> None:  # the first ingest of a process loads what it needs: a warm-up round, not counted
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("ledger")
    p.add_argument("--base", required=True, help="the base extraction (base-SPLIT-LIMIT.pkl in the --keep folder)")
    p.add_argument("--ledger-size", type=int, default=100_000, help="the N of the grown ledger (its plan)")
    p.add_argument("--probe", type=int, default=300)
    p.add_argument("--rounds", type=int, default=2)
    args = p.parse_args()
    spent = timed_parts()
    from newsfacts.store import conflicts, open_store

    base = pickle.loads(open(args.base, "rb").read())
    probe = synthetic_ledger.probe(base, args.ledger_size, args.probe)
    tmp = tempfile.mkdtemp(prefix="ledger_parts-")
    empty, work = f"{tmp}/empty.db", f"{tmp}/work.db"
    with open_store(empty):
        pass
    medians: dict[str, dict[str, float]] = {}
    for side, template, rounds in (("warm-up", empty, 1), ("empty", empty, args.rounds), ("grown", args.ledger, args.rounds)):
        runs = []
        for _ in range(rounds):
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(work + suffix):
                    os.remove(work + suffix)
            shutil.copy(template, work)
            conflicts.forget_claims()
            spent.clear()
            with open_store(work) as store:
                t0 = time.process_time()
                store.ingest(probe, source_label="probe")
                spent["the whole ingest"] = time.process_time() - t0
            runs.append(dict(spent))
        medians[side] = {k: statistics.median(r.get(k, 0.0) for r in runs) for k in set().union(*runs)}
    shutil.rmtree(tmp)
    print(f"{'part (ms of CPU an article)':<42} {'empty':>7} {'grown':>7} {'diff':>7}")
    for label in ("the whole ingest", *(label for _, _, label in PARTS)):
        e, g = (medians[side].get(label, 0.0) * 1000 / len(probe) for side in ("empty", "grown"))
        print(f"{label:<42} {e:7.2f} {g:7.2f} {g - e:+7.2f}")
    one, five, fifteen = os.getloadavg()
    print(f"load average {one:.2f} {five:.2f} {fifteen:.2f}; {args.rounds} rounds of {len(probe)} articles")


if __name__ == "__main__":
    main()
