"""What every evaluation returns, and where the gold sets are."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EvalError

REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class EvalResult:
    name: str
    passed: bool
    scores: dict[str, float] = field(default_factory=dict)
    report: str = ""
    details: list[str] = field(default_factory=list)  # per-item misses, for `newsfacts eval --errors N`


PARTS = ("all", "tune", "check")


def in_part(key: str, part: str | None) -> bool:
    """Whether an item of a development set belongs to ``part``: "check" holds the items whose key (a file
    stem, an excerpt or record id) hashes to 0 mod 3 by SHA-1, "tune" the rest, "all" (or None) every item.
    The check part is never read for errors while tuning, so a gap between the parts shows overfitting."""
    if part in (None, "all"):
        return True
    if part not in PARTS:
        raise EvalError(f"unknown part {part!r}: use one of {', '.join(PARTS)}")
    check = int(hashlib.sha1(str(key).encode("utf-8")).hexdigest(), 16) % 3 == 0
    return check if part == "check" else not check


def part_note(part: str | None) -> str:
    """What a report says of the part it was measured on ("" for the whole set)."""
    return "" if part in (None, "all") else f"; {part} part (ids hashing to {'0' if part == 'check' else '1 or 2'} mod 3)"


def shared_dir(explicit: str | os.PathLike | None = None) -> Path:
    """The ``shared/`` folder beside the project: ``--shared``, else $NEWSFACTS_SHARED, else ``../shared``
    from the working directory or from the repository root."""
    candidates = [Path(explicit)] if explicit else []
    if os.environ.get("NEWSFACTS_SHARED"):
        candidates.append(Path(os.environ["NEWSFACTS_SHARED"]))
    candidates += [Path.cwd().parent / "shared", REPO_ROOT.parent / "shared"]
    for c in candidates:
        if (c / "seed").is_dir() or (c / "gold").is_dir():
            return c
    raise EvalError("the shared/ folder with the seed and gold sets was not found "
                    f"(looked in {', '.join(str(c) for c in candidates)}); pass --shared DIR or set NEWSFACTS_SHARED")


def prf(hits_predicted: int, predicted: int, gold: int, hits_gold: int | None = None) -> dict[str, float]:
    """Precision over predictions, recall over gold (``hits_gold`` when it differs from the predicted hits)."""
    p = hits_predicted / predicted if predicted else 0.0
    r = (hits_predicted if hits_gold is None else hits_gold) / gold if gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def one_to_one(scored: Iterable[tuple[float, int, int]], minimum: float) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs, best score first, each side used once, scores >= ``minimum``."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for score, i, j in sorted(scored, reverse=True):
        if score < minimum:
            break
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out
