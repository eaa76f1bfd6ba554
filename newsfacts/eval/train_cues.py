"""Train the cue and boundary models (``analyse/data/*.json``) on PolNeAR's training articles.

    pip install -e '.[train]'
    python -m newsfacts.eval.train_cues [--shared DIR] [--threshold 0.27] [--limit N] [--c 0.5]
    python -m newsfacts.eval.train_cues --folds 2     # a held-out estimate on train; writes nothing

First the boundary model (``analyse/quotes/bounds.py``): for every candidate cue whose verb lies inside an
annotated cue and whose span touches that relation's content, the end option nearest the annotated end
is a positive example and the other end options negative; likewise for starts. Then the cue model:
every candidate cue (a verb in a frame, see ``analyse/quotes/cues.py``), reshaped by the boundary model, is
an example; it is positive when its verb lies inside an annotated cue and its span recovers that
relation's content (overlap/union >= 0.5). Logistic regressions (scikit-learn) learn feature weights;
only the weights are stored. Dev and test are never read: choose the threshold with
``newsfacts eval polnear``. ``--folds K`` trains on all but every K-th article and scores the quotes
stage on the articles left out, K times: what the models do on articles they never saw (dev is only 84
articles; this is 840), without touching the packaged models.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterable

from ..analyse.quotes.bounds import MODEL_PATH as BOUNDARY_PATH
from ..analyse.quotes.bounds import BoundaryModel, Option, options_end, options_start
from ..analyse.quotes.cues import MODEL_PATH, CueModel, candidates, features, trim
from ..errors import EvalError
from .common import shared_dir
from .polnear import MIN_OVERLAP, GoldArticle, Relation, load_split, overlap

log = logging.getLogger(__name__)
Examples = tuple[list[list[str]], list[int]]


def prepared(gold: list[GoldArticle]) -> list:
    """Every article through the stages before quotes, once: its Doc trains the models, and in
    cross-validation the quotes stage scores the same Work without a second parse."""
    from ..pipeline import Pipeline, default_stages
    from ..records import Article, Source, article_id

    stages = default_stages()
    before = stages[:[s.name for s in stages].index("quotes")]
    works = Pipeline(before).works([Article(id=article_id(g.name, g.text), source=Source(path=g.name), text=g.text)
                                    for g in gold])
    if len(works) != len(gold):
        raise EvalError(f"{len(gold) - len(works)} training articles failed before the quotes stage")
    return works


def _relation_of(tok, cand, g: GoldArticle) -> Relation | None:
    rs = [r for r in g.relations if r.cue_span and r.cue_span[0] <= tok.idx < r.cue_span[1]]
    best = max(rs, key=lambda r: overlap(r.content, (cand.start, cand.end)), default=None)
    return best if best is not None and overlap(best.content, (cand.start, cand.end)) > 0 else None


def _reachable(r: Relation, ends: list[Option], starts: list[Option], doc, text: str) -> bool:
    return any(overlap(r.content, trim(text, doc[s.at].idx, doc[e.at].idx + len(doc[e.at].text))) >= MIN_OVERLAP
               for e in ends for s in starts)


Choice = tuple[list[tuple[str, ...]], int]  # the options' features, and which option is right


def _label(options: list[Option], chars: list[int], target: int, out: list[Choice]) -> None:
    best = min(range(len(options)), key=lambda i: abs(chars[i] - target))
    out.append(([o.features for o in options], best))


def boundary_examples(gold: list[GoldArticle], docs: Iterable) -> tuple[list[Choice], list[Choice]]:
    ends_out: list[Choice] = []
    starts_out: list[Choice] = []
    for g, doc in zip(gold, docs, strict=True):
        for tok in doc:
            for cand in candidates(tok, g.text):
                r = _relation_of(tok, cand, g)
                if r is None:
                    continue
                start, end = trim(g.text, *r.content)
                ends, starts = options_end(cand, doc), options_start(cand, doc)
                if not _reachable(r, ends, starts, doc, g.text):
                    continue  # no choice of ends recovers this content: another frame reports it
                if len(ends) > 1:
                    _label(ends, [trim(g.text, cand.start, doc[o.at].idx + len(doc[o.at].text))[1] for o in ends],
                           end, ends_out)
                if len(starts) > 1:
                    _label(starts, [trim(g.text, doc[o.at].idx, cand.end)[0] for o in starts], start, starts_out)
    return ends_out, starts_out


def examples(gold: list[GoldArticle], docs: Iterable, bounds: BoundaryModel | None = None) -> Examples:
    xs: list[list[str]] = []
    ys: list[int] = []
    for i, (g, doc) in enumerate(zip(gold, docs, strict=True)):
        if i % 100 == 0:
            log.info("training article %d of %d", i, len(gold))
        for tok in doc:
            for cand in candidates(tok, g.text):
                if bounds is not None:
                    cand = bounds.reshape(cand, doc, g.text)
                good = any(
                    r.cue_span and r.cue_span[0] <= tok.idx < r.cue_span[1]
                    and overlap(r.content, (cand.start, cand.end)) >= MIN_OVERLAP
                    for r in g.relations
                )
                xs.append(features(cand, g.text))
                ys.append(int(good))
    return xs, ys


def weights_of(xs: list[list[str]], ys: list[int], c: float) -> tuple[dict[str, float], float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    matrix = vec.fit_transform([dict.fromkeys(x, 1) for x in xs])
    clf = LogisticRegression(C=c, max_iter=3000)
    clf.fit(matrix, ys)
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, clf.coef_[0], strict=True) if abs(w) >= 1e-3}
    return weights, round(float(clf.intercept_[0]), 4)


def fit(xs: list[list[str]], ys: list[int], c: float, threshold: float) -> CueModel:
    weights, bias = weights_of(xs, ys, c)
    return CueModel(weights, bias, threshold)


def choice_weights(choices: list[Choice], c: float) -> dict[str, float]:
    """A conditional logit: the softmax over each choice's options puts its mass on the right one.
    L2-regularised (strength 1/c), fitted with L-BFGS over a sparse option-by-feature matrix."""
    import numpy as np
    from scipy import sparse
    from scipy.optimize import minimize

    index: dict[str, int] = {}
    rows, cols, group, right = [], [], [], []
    n = 0
    for k, (options, best) in enumerate(choices):
        for i, feats in enumerate(options):
            for f in feats:
                rows.append(n)
                cols.append(index.setdefault(f, len(index)))
            group.append(k)
            right.append(i == best)
            n += 1
    x = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, len(index)))
    g = np.asarray(group)
    y = np.asarray(right, dtype=float)
    starts = np.flatnonzero(np.r_[True, g[1:] != g[:-1]])

    def loss(w):
        s = x @ w
        top = np.maximum.reduceat(s, starts)
        e = np.exp(s - top[g])
        z = np.add.reduceat(e, starts)
        p = e / z[g]
        value = -(s[y == 1] - top - np.log(z)).sum() + (w @ w) / (2 * c)
        return value, x.T @ (p - y) + w / c

    w = minimize(loss, np.zeros(len(index)), jac=True, method="L-BFGS-B", options={"maxiter": 500}).x
    return {f: round(float(w[i]), 4) for f, i in index.items() if abs(w[i]) >= 1e-3}


def fit_bounds(data: tuple[list[Choice], list[Choice]], c: float) -> BoundaryModel:
    ends, starts = data
    return BoundaryModel(choice_weights(ends, c), choice_weights(starts, c))


def train(gold: list[GoldArticle], docs: list, c: float, threshold: float) -> tuple[BoundaryModel, CueModel]:
    bounds = fit_bounds(boundary_examples(gold, docs), c)
    xs, ys = examples(gold, docs, bounds)
    log.info("%d candidates, %d positive", len(ys), sum(ys))
    return bounds, fit(xs, ys, c, threshold)


def cross_validate(gold: list[GoldArticle], works: list, folds: int, c: float, threshold: float) -> list[str]:
    """K-fold cross-validation on the training split: the report of ``newsfacts eval polnear`` over every
    article, each scored by models that did not learn from it (the quotes stage on the article's Work)."""
    from ..analyse.quotes import quote_stage
    from .polnear import new_tallies, table, tally

    tallies = new_tallies()
    docs = [w.products["doc"] for w in works]
    for fold in range(folds):
        held = [i for i in range(len(gold)) if i % folds == fold]
        learn = [i for i in range(len(gold)) if i % folds != fold]
        log.info("fold %d of %d: training on %d articles, scoring %d", fold + 1, folds, len(learn), len(held))
        bounds, cue_model = train([gold[i] for i in learn], [docs[i] for i in learn], c, threshold)
        found = quote_stage(cue_model, bounds).fn([works[i] for i in held])  # the quotes stage with these models
        for i, out in zip(held, found, strict=True):
            tally(gold[i], out["quotes"], tallies)
    return table(tallies, f"PolNeAR train, {folds}-fold cross-validation: {len(gold)} articles")


def write(path, data: dict) -> None:
    with open(path, "w") as f:
        json.dump({"trained_on": "PolNeAR train split", **data}, f, indent=0, sort_keys=True)
        f.write("\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=None)
    parser.add_argument("--threshold", type=float, default=0.27)
    parser.add_argument("--c", type=float, default=0.5, help="inverse regularisation strength")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--folds", type=int, default=0, help="cross-validate on train with K folds instead of training")
    parser.add_argument("--out", default=str(MODEL_PATH))
    parser.add_argument("--bounds-out", default=str(BOUNDARY_PATH))
    args = parser.parse_args(argv)
    if args.folds == 1 or args.folds < 0:
        parser.error("--folds needs at least 2 folds")
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    gold = load_split(shared_dir(args.shared), "train", args.limit)
    works = prepared(gold)
    if args.folds:
        sys.stdout.write("\n".join(cross_validate(gold, works, args.folds, args.c, args.threshold)) + "\n")
        return
    bounds, cue_model = train(gold, [w.products["doc"] for w in works], args.c, args.threshold)
    write(args.bounds_out, bounds.to_json())
    write(args.out, cue_model.to_json())
    log.info("wrote %s: %d weights; %s", args.out, len(cue_model.weights), args.bounds_out)


if __name__ == "__main__":
    main()
