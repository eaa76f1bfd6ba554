"""Real news pages (``shared/realnews``): every set extracted in one run, scored by the project's own
scorer (``shared/tools/score_seed.py --expected``), with totals per section as ``shared/tools/score_pages.py``
counts them (article, article-count, quote, figure, place, person, conflict, update, spans).

The scorer is called, not reimplemented, so this agrees with ``score_pages.py`` line for line; what this adds is
the run in one process (the models load once), the conflicts each set reports (the scorer scores only the
expected ones: a conflict no set expects is counted here, ``conflicts_unexpected``), the check part (``--part``: sets whose file stem hashes to 0 mod
3, never read for errors while tuning) and each section's rate (``figure_rate`` ...), whose floors CI holds
(tests/eval_baseline.json, for the tune and the check part each).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from ..api import extract
from ..errors import EvalError
from ..records import Extraction, to_dict
from .common import EvalResult, in_part, part_note, shared_dir

FOLDER = "realnews"
SCORER = "tools/score_seed.py"
SECTIONS = ("article", "article-count", "quote", "figure", "place", "person", "conflict", "update", "spans")
LINE_RE = re.compile(r"^(ok|MISSING|WRONG) +(.*)$")


def section_of(label: str) -> str:
    """The section of a scorer line's label, as score_pages.py names it ("article count" is its own)."""
    words = label.split()
    name = words[0].rstrip(",") if words else "?"
    return "article-count" if name == "article" and words[1:2] == ["count"] else name


def sets(root: Path, part: str | None) -> list[tuple[str, Path, list[Path], dict]]:
    """(stem, expected file, input texts, expected) of every set of the folder in ``part``, in name order."""
    folder = root / FOLDER
    if not folder.is_dir():
        raise EvalError(f"the real news pages were not found at {folder}")
    out = []
    for exp_path in sorted(folder.glob("*.expected.json")):
        stem = exp_path.name[: -len(".expected.json")]
        if not in_part(stem, part):
            continue
        exp = json.loads(exp_path.read_text(encoding="utf-8"))
        names = exp.get("input") or f"{stem}.txt"
        names = names if isinstance(names, list) else [names]
        out.append((stem, exp_path, [folder / n for n in names], exp))
    return out


def score_set(scorer: Path, exp_path: Path, inputs: list[Path], date: str | None) -> tuple[list[str], Extraction]:
    """The scorer's lines for one set, and the extraction: its texts extracted in one run (conflicts and
    updates can span them)."""
    result = extract([str(p) for p in inputs], date=date)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.json"
        out.write_text(json.dumps({"articles": to_dict(result.articles), "conflicts": to_dict(result.conflicts)}))
        proc = subprocess.run([sys.executable, str(scorer), str(out), "--expected", str(exp_path)],
                              capture_output=True, text=True, timeout=300, check=False)
    return proc.stdout.splitlines(), result


def reported(result: Extraction, exp: dict) -> tuple[list[str], int]:
    """Each figure disagreement the run reports, in words, and how many of them no expected conflict of the
    set holds (the scorer counts only the expected ones found: a false conflict costs nothing there)."""
    names = {a.id: Path(a.source.path or a.id).stem for a in result.articles}
    expected = [set(c.get("values") or c.get("values_hours") or ()) for c in exp.get("conflicts", [])]
    lines, unexpected = [], 0
    for c in result.conflicts:
        if c.kind != "figure_disagreement":
            continue
        values = {v for x in c.claims for v in (x.value, x.low, x.high) if v is not None}
        unexpected += not any(e and e <= values for e in expected)
        sides = "; ".join(f"{names.get(x.article, x.article)}: {x.value:g}" for x in c.claims if x.value is not None)
        lines.append(f"conflict reported: {c.about}: {sides}")
    return lines, unexpected


def evaluate_realnews(shared: str | os.PathLike | None = None, part: str | None = None, limit: int | None = None,
                      **_: object) -> EvalResult:
    root = shared_dir(shared)
    scorer = root / SCORER
    if not scorer.is_file():
        raise EvalError(f"{scorer} is missing")
    found, total, counts = Counter(), Counter(), Counter()
    details, per_set, skipped = [], [], []
    for stem, exp_path, inputs, exp in sets(root, part)[:limit]:
        if not all(p.is_file() for p in inputs):
            skipped.append(stem)
            continue
        lines, result = score_set(scorer, exp_path, inputs, exp.get("date"))
        said, unexpected = reported(result, exp)
        counts["conflicts"] += len(said)
        counts["unexpected"] += unexpected
        counts["updates"] += len(result.updates)
        details += [f"{stem}: {line}" for line in said]
        for line in lines:
            m = LINE_RE.match(line)
            if m is None:
                continue
            sec = section_of(m.group(2))
            total[sec] += 1
            found[sec] += m.group(1) == "ok"
            if m.group(1) != "ok":
                details.append(f"{stem}: {line}")
        per_set.append(f"{stem}: {re.sub(r'^seed: ', '', lines[-1]) if lines else 'no score'}; "
                       f"{len(said)} conflicts reported ({unexpected} not expected), {len(result.updates)} updates")
    scores: dict[str, float] = {"sets": len(per_set)}
    for sec in total:
        scores[f"{sec}_found"], scores[f"{sec}_expected"] = found[sec], total[sec]
        scores[f"{sec.replace('-', '_')}_rate"] = found[sec] / total[sec]
    f, t = sum(found.values()), sum(total.values())
    scores["found"], scores["expected"] = f, t
    scores["rate"] = f / t if t else 0.0
    scores["conflicts_reported"], scores["conflicts_unexpected"] = counts["conflicts"], counts["unexpected"]
    scores["updates_reported"] = counts["updates"]
    lines = [f"realnews: {len(per_set)} sets{part_note(part)}", *per_set,
             *(f"  {sec:<14} {found[sec]:>4}/{total[sec]:<4} {found[sec] / total[sec]:6.1%}" for sec in SECTIONS if total[sec]),
             f"  conflicts reported: {counts['conflicts']}, of which not expected: {counts['unexpected']}; "
             f"updates (figures' histories) reported: {counts['updates']}",
             f"pages: {f}/{t} expected facts found ({100 * f / max(t, 1):.1f}%)"
             + (f"; skipped, texts missing: {' '.join(skipped)}" if skipped else "")]
    return EvalResult("realnews", passed=not skipped, scores=scores, report="\n".join(lines), details=details)
