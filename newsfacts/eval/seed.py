"""The seed page: extract it and score the output with the project's own scorer, ``shared/tools/score_seed.py``.

The scorer is called, not reimplemented, so ``newsfacts eval seed`` always agrees with the acceptance test.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from ..api import extract
from ..errors import EvalError
from ..records import to_dict
from .common import EvalResult, shared_dir

SEED_FILE = "seed/000_f26eae7dd80b3b4f.txt"
SCORER = "tools/score_seed.py"
SUMMARY_RE = re.compile(r"seed: (\d+)/(\d+) expected facts found; spans (\d+)/(\d+) round-trip")


def evaluate_seed(shared: str | os.PathLike | None = None, only: str | None = None, date: str | None = None,
                  **_: object) -> EvalResult:
    root = shared_dir(shared)
    seed, scorer = root / SEED_FILE, root / SCORER
    for p in (seed, scorer):
        if not p.is_file():
            raise EvalError(f"{p} is missing")
    result = extract(str(seed), date=date)
    if result.errors:
        raise EvalError(f"extracting the seed failed: {result.errors[0].reason}")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "seed.json"
        out.write_text(json.dumps({"articles": to_dict(result.articles), "conflicts": to_dict(result.conflicts)}))
        cmd = [sys.executable, str(scorer), str(out)] + (["--only", only] if only else [])
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    report = proc.stdout + proc.stderr
    m = SUMMARY_RE.search(report)
    scores = {}
    if m:
        found, total, spans_ok, spans = map(int, m.groups())
        scores = {"found": found, "expected": total, "spans_ok": spans_ok, "spans": spans}
    return EvalResult("seed", passed=proc.returncode == 0, scores=scores, report=report.rstrip())
