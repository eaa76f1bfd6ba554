"""What the forkserver loads before it forks the worker processes of ``parallel.py``: the default stages, the
English model and the gazetteer, once, shared by every worker (copy on write), so a worker starts in a
fraction of a second instead of loading them itself. Anything that fails here is left for the worker to
load, and to report, as it would alone."""

from __future__ import annotations

import contextlib

with contextlib.suppress(Exception):
    from .analyse import DEFAULT_STAGES  # noqa: F401  (imports spaCy and every stage's module)
    from .analyse.nlp import load
    from .gazetteer import gazetteer

    load()
    gazetteer()
