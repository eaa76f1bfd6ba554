"""Build the cue table (``analyse/data/cue_model.json``) from PolNeAR's training articles.

    python -m newsfacts.eval.train_cues [--shared DIR] [--threshold 0.4] [--limit N]

For every candidate cue (a verb in a frame, see ``analyse/cues.py``) in the training texts, count how
often it is an annotated cue whose content its frame recovers (overlap/union >= 0.5). Only these counts
are stored. Dev and test are never read.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter

from ..analyse import nlp as model
from ..analyse.cues import MODEL_PATH, CueModel, candidates
from .common import shared_dir
from .polnear import MIN_OVERLAP, GoldArticle, load_split, overlap

log = logging.getLogger(__name__)


def count(gold: list[GoldArticle]) -> tuple[Counter, Counter, Counter, Counter]:
    pairs_n: Counter = Counter()
    pairs_pos: Counter = Counter()
    frames_n: Counter = Counter()
    frames_pos: Counter = Counter()
    docs = model.load().pipe((g.text for g in gold), batch_size=16)
    for i, (g, doc) in enumerate(zip(gold, docs, strict=True)):
        if i % 100 == 0:
            log.info("training article %d of %d", i, len(gold))
        for tok in doc:
            for cand in candidates(tok, g.text):
                good = any(
                    r.cue_span and r.cue_span[0] <= tok.idx < r.cue_span[1]
                    and overlap(r.content, (cand.start, cand.end)) >= MIN_OVERLAP
                    for r in g.relations
                )
                pairs_n[cand.key] += 1
                pairs_pos[cand.key] += good
                frames_n[cand.frame] += 1
                frames_pos[cand.frame] += good
    return pairs_n, pairs_pos, frames_n, frames_pos


def train(shared=None, threshold: float = 0.4, limit: int | None = None) -> CueModel:
    gold = load_split(shared_dir(shared), "train", limit)
    pairs_n, pairs_pos, frames_n, frames_pos = count(gold)
    pairs = {k: [pairs_pos[k], n] for k, n in sorted(pairs_n.items()) if pairs_pos[k] or n >= 3}
    frames = {k: [frames_pos[k], n] for k, n in sorted(frames_n.items())}
    return CueModel(pairs, frames, threshold)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=None)
    parser.add_argument("--threshold", type=float, default=0.4)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", default=str(MODEL_PATH))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    cue_model = train(args.shared, args.threshold, args.limit)
    with open(args.out, "w") as f:
        json.dump({"trained_on": "PolNeAR train split", **cue_model.to_json()}, f, indent=0, sort_keys=True)
        f.write("\n")
    log.info("wrote %s: %d (lemma, frame) pairs", args.out, len(cue_model.pairs))


if __name__ == "__main__":
    main()
