"""Train the cue model (``analyse/data/cue_model.json``) on PolNeAR's training articles.

    pip install -e '.[train]'
    python -m newsfacts.eval.train_cues [--shared DIR] [--threshold 0.3] [--limit N] [--c 0.5]

Every candidate cue (a verb in a frame, see ``analyse/cues.py``) in the training texts is an example;
it is positive when its verb lies inside an annotated cue and its frame recovers that relation's content
(overlap/union >= 0.5). A logistic regression (scikit-learn) learns feature weights; only the weights
are stored. Dev and test are never read: choose the threshold with ``newsfacts eval polnear``.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys

from ..analyse import nlp as model
from ..analyse.cues import MODEL_PATH, CueModel, candidates, features
from .common import shared_dir
from .polnear import MIN_OVERLAP, GoldArticle, load_split, overlap

log = logging.getLogger(__name__)


def examples(gold: list[GoldArticle]) -> tuple[list[list[str]], list[int]]:
    xs: list[list[str]] = []
    ys: list[int] = []
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
                xs.append(features(cand, g.text))
                ys.append(int(good))
    return xs, ys


def fit(xs: list[list[str]], ys: list[int], c: float, threshold: float) -> CueModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    matrix = vec.fit_transform([dict.fromkeys(x, 1) for x in xs])
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(matrix, ys)
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, clf.coef_[0], strict=True) if abs(w) >= 1e-3}
    return CueModel(weights, round(float(clf.intercept_[0]), 4), threshold)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=None)
    parser.add_argument("--threshold", type=float, default=0.3)
    parser.add_argument("--c", type=float, default=0.5, help="inverse regularisation strength")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", default=str(MODEL_PATH))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    xs, ys = examples(load_split(shared_dir(args.shared), "train", args.limit))
    log.info("%d candidates, %d positive", len(ys), sum(ys))
    cue_model = fit(xs, ys, args.c, args.threshold)
    with open(args.out, "w") as f:
        json.dump({"trained_on": "PolNeAR train split", **cue_model.to_json()}, f, indent=0, sort_keys=True)
        f.write("\n")
    log.info("wrote %s: %d weights", args.out, len(cue_model.weights))


if __name__ == "__main__":
    main()
