"""What the forkserver loads before it forks the worker processes of ``parallel.py``: the default stages, the
English model and the gazetteer, once, shared by every worker (copy on write), so a worker starts in a
fraction of a second instead of loading them itself. A short text of our own is then segmented (the workers
segment the documents of their batches: the language model, the segmenter's word lists) and goes through every
default stage here, so that what the stages build on first use (word lists, the cue and boundary models, the phrase
matcher of place names, compiled patterns: 0.6 s) is built once, before the fork, not in each worker at its
first batch. Anything that fails here is left for the worker to load, and to report, as it would alone."""

from __future__ import annotations

import contextlib

WARM_UP = ("NAIROBI, Kenya (AP) — Floods left 12 people dead and drove 3,000 families from their homes in Garissa "
           "county on Monday, the Kenya Red Cross said. \"We need tents and food,\" said John Mwangi, a local "
           "official, adding that 40 were missing since March 3.")

with contextlib.suppress(Exception):
    from .analyse import DEFAULT_STAGES
    from .analyse.nlp import load
    from .documents import Unsegmented, expand
    from .gazetteer import gazetteer
    from .ingest.base import RawDocument
    from .pipeline import Pipeline
    from .records import Source

    load()
    gazetteer()
    Pipeline(DEFAULT_STAGES).run(expand([Unsegmented(RawDocument(text=WARM_UP, source=Source(), segment=True),
                                                     None, None)]))
