"""What every evaluation returns, and where the gold sets are."""

from __future__ import annotations

import os
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
