"""Train the learned fallback for a figure's event class (``analyse/figures/learned.py``,
``analyse/data/event_model.json``) on seen material only.

    pip install -e '.[train]'
    python -m newsfacts.eval.train_events [--shared DIR] [--c 1.0] [--threshold T]
    python -m newsfacts.eval.train_events --folds 5     # grouped cross-validation; writes nothing

Examples: every figure of people (unit person or household) of the language's tuned graded sets (``GRADED``,
the one list of them: gold.py's FIGURES with their classes, NO_EVENT as the class ``none``); for English also the
tune part of IDMC's IDETECT excerpts (ids hashing to 1 or 2 mod 3; the labelled figure, its reporting term's
classes, read from the lexicon's IDMC patterns); and the realnews tune part (the expected figures of the language
that name a term pattern; its classes likewise). The check parts and the unseen graded sets are never read. The
texts go through the pipeline with the rules alone (``learned.rules_only``); each figure's features are read from
its parse.

``--folds K`` cross-validates by file (every figure of a text, or of an excerpt, in the same fold), and reports,
for each threshold, on the figures the fallback would decide (people, no event from the rules, not closed by a
rule): how often it abstains, how often a decision is right (one of the classes the gold accepts, ``none``
counted right when it abstains), and what the rules plus the fallback get over what the rules alone get. The
threshold that gains most is the one to ship (``--threshold``).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .. import lexicon
from ..analyse.figures import learned
from ..errors import EvalError
from ..lexicon.events import classes
from .common import in_part, shared_dir

log = logging.getLogger(__name__)
REPO = Path(__file__).resolve().parents[2]
# the tuned graded sets of each language: the one list the training reads (the unseen sets are never named here)
GRADED = {"en": tuple(f"tests/graded/en-{s}" for s in ("conflict", "disasters", "stories", "reports", "liveblogs",
                                                       "sources", "ngo", "keyfigures", "regional", "outlets",
                                                       "migration", "drought", "evictions", "epidemics", "features", "scraped",
                                                       "sitreps", "agency", "local")),
          "fr": ("tests/french/graded", *(f"tests/graded/fr-{s}" for s in ("presse", "recits", "humanitaire", "afrique",
                                                                           "web", "agences", "migration", "catastrophes", "conflits", "chiffres", "sites",
                                                                           "locale", "ocha", "sahel")))}
GRADED_DATE = "2025-03-14"
MIN_WEIGHT = 0.01  # smaller weights are left out of the shipped file
THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


@dataclass
class Example:
    group: str  # the file or excerpt: cross-validation keeps a group's examples together
    features: dict[str, float]
    accepted: tuple[str, ...]  # the gold classes; (NONE,) for no event
    rules: str | None  # the class the rules gave
    open: bool  # the fallback would decide it: people, no class from the rules, not closed by a rule


def _capture(into: dict):
    """A last stage that keeps each article's Doc and the starts of its figures the rules closed."""
    from ..stage import Stage, per_article

    def keep(work):
        into[work.article.id] = work.products["doc"]
        return {}

    return Stage("capture", "1", per_article(keep), requires=("doc", "figures"))


def _extracted(articles_in) -> list[tuple[object, object]]:
    """(article, doc) of every article, through the pipeline with the rules alone."""
    from ..pipeline import Pipeline, default_stages

    docs: dict = {}
    with learned.rules_only():
        out = Pipeline([*default_stages(), _capture(docs)]).run(articles_in)
    return [(a, docs[a.id]) for a in out if getattr(a, "id", None) in docs]


def _example(group: str, f, doc, accepted: tuple[str, ...]) -> Example | None:
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None or f.unit not in learned.PEOPLE_UNITS:
        return None
    from ..analyse.figures import counted, french

    noun_of = french.counted_noun if doc.lang_ == french.LANGUAGE else counted.counted_noun  # the language's own

    open_ = f.event is None and f.start not in doc.user_data.get(learned.CLOSED_KEY, ())
    return Example(group, learned.features(span, noun_of(span, doc)), accepted, f.event, open_)


def _gold(folder: Path):
    spec = importlib.util.spec_from_file_location(f"gold_{folder.name}", folder / "gold.py")
    gold = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gold)
    return gold


def graded_examples(language: str = "en") -> list[Example]:
    """The graded sets' figures of people: FIGURES with their accepted classes, NO_EVENT as ``none``; the k-th
    figure of a value in a file is the k-th gold entry of it, as tests/graded/grade.py matches them."""
    from ..api import extract

    out: list[Example] = []
    for name in GRADED[language]:
        folder = REPO / name
        gold = _gold(folder)
        files = sorted({f for f, *_ in gold.FIGURES} | {f for f, *_ in getattr(gold, "NO_EVENT", [])})
        with learned.rules_only():
            docs: dict = {}
            result = extract([str(folder / n) for n in files], date=getattr(gold, "DATE", GRADED_DATE),
                             stages=[*_stages(), _capture(docs)])
        by_name = {Path(a.source.path).name: a for a in result.articles}
        seen: Counter = Counter()
        for n, value, accepted in labelled(gold):
            a = by_name.get(n)
            if a is None:
                continue
            k = seen[n, value]
            seen[n, value] += 1
            same = sorted((f for f in a.figures if _value(f) == value), key=lambda f: f.start)
            if accepted == (learned.NONE,):
                same = same[:1]
            elif len(same) <= k:
                continue
            else:
                same = [same[k]]
            for f in same:
                if (ex := _example(f"{name}/{n}", f, docs[a.id], accepted)) is not None:
                    out.append(ex)
    return out


def labelled(gold) -> list[tuple[str, float, tuple[str, ...]]]:
    """(file, value, accepted classes) of a gold.py: FIGURES with their classes, then NO_EVENT's (file, value[,
    fields]) as ``none``."""
    out = [(n, v, (e,) if isinstance(e, str) else tuple(e)) for n, v, e, *_ in gold.FIGURES]
    return out + [(n, v, (learned.NONE,)) for n, v, *_ in getattr(gold, "NO_EVENT", [])]


def _stages():
    from ..pipeline import default_stages

    return default_stages()


def _value(f) -> float:
    return f.low if "vague" in f.flags and f.low is not None else f.value


def idetect_examples(shared) -> list[Example]:
    """IDETECT's tune part: the figure of the labelled quantity, its term's class."""
    from ..records import Article, Source, article_id
    from .idetect import _quantity, load

    idmc = lexicon.table("events.idmc_terms")
    rows = [r for r in load(shared_dir(shared)) if in_part(r["excerpt_id"], "tune") and pattern_classes(idmc.get(r["Term"], ""))]
    articles = [Article(id=article_id("idetect", r["excerpt_id"]), source=Source(path="idetect", id=r["excerpt_id"]),
                        text=r["excerpt"]) for r in rows]
    found = {a.id: (a, doc) for a, doc in _extracted(articles)}
    out: list[Example] = []
    for row, art in zip(rows, articles, strict=True):
        if art.id not in found:
            continue
        a, doc = found[art.id]
        gold = _quantity(row["Quantity"])
        f = next((f for f in a.figures if gold is not None and gold in (f.value, f.low, f.high)), None)
        if f is not None and (ex := _example(f"idetect/{row['excerpt_id']}", f, doc, pattern_classes(idmc[row["Term"]]))):
            out.append(ex)
    return out


def pattern_classes(pattern: str) -> tuple[str, ...]:
    """The event classes a pattern of word starts accepts ("kill|dead|death", IDMC's "evacu"): for each
    alternative in turn, the classes of the lexicon with a term or word that starts with it."""
    out: list[str] = []
    for alt in pattern.lower().replace("|", " ").split():
        out += [name for name, fields in classes().items() if name not in out
                and any(w.startswith(alt) for field in ("terms", "words") for w in str(fields.get(field, "")).split())]
    return tuple(out)


def realnews_examples(shared, language: str = "en") -> list[Example]:
    """The realnews tune part's expected English figures that name a term: the first figure of the value in the
    article whose body the set names, its term's classes. A set is one group (its texts tell one story)."""
    from ..api import extract
    from .realnews import sets

    out: list[Example] = []
    for stem, _, inputs, exp in sets(shared_dir(shared), "tune"):
        docs: dict = {}
        with learned.rules_only():
            result = extract([str(p) for p in inputs], date=exp.get("date"), stages=[*_stages(), _capture(docs)])
        bodies = {a["key"]: " ".join(str(a.get("body_contains", "")).split()) for a in exp.get("articles", [])}
        for want in exp.get("figures", []):
            accepted = pattern_classes(want.get("term") or "")
            body = bodies.get(want.get("article"), "")
            art = next((a for a in result.articles if body and body in " ".join(a.text.split())), None)
            if not accepted or art is None or art.id not in docs or art.language != language:
                continue
            f = next((f for f in art.figures if want["value"] in (f.value, f.low, f.high)), None)
            if f is not None and (ex := _example(f"realnews/{stem}", f, docs[art.id], accepted)) is not None:
                out.append(ex)
    return out


def fit(examples: list[Example], c: float, threshold: float) -> learned.EventModel:
    """A multinomial logistic regression (scikit-learn) over the examples' features; the first accepted class is
    the label. Only the weights are kept."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    matrix = vec.fit_transform([e.features for e in examples])
    labels = [e.accepted[0] for e in examples]
    clf = LogisticRegression(C=c, max_iter=5000)
    clf.fit(matrix, labels)
    names = vec.get_feature_names_out()
    classes = [str(k) for k in clf.classes_]
    if len(classes) == 2:  # a binary fit keeps one row; the softmax of (0, z) is the same model
        coef, bias = [[0.0] * len(names), list(clf.coef_[0])], [0.0, float(clf.intercept_[0])]
    else:
        coef, bias = clf.coef_, clf.intercept_
    weights = {k: {str(n): round(float(w), 4) for n, w in zip(names, row, strict=True) if abs(w) >= MIN_WEIGHT}
               for k, row in zip(classes, coef, strict=True)}
    return learned.EventModel(weights, {k: round(float(b), 4) for k, b in zip(classes, bias, strict=True)}, threshold)


def cross_validate(examples: list[Example], folds: int, c: float) -> list[str]:
    """Grouped K-fold: each group's examples are scored by a model that never saw the group. Reported per
    threshold on every example (how well the parse around a figure tells its class) and on the open ones (those
    the fallback would decide: what it adds to the rules)."""
    groups = sorted({e.group for e in examples})
    fold_of = {g: i % folds for i, g in enumerate(groups)}
    scored: list[tuple[Example, dict[str, float]]] = []
    for k in range(folds):
        model = fit([e for e in examples if fold_of[e.group] != k], c, 0.0)
        scored += [(e, model.probabilities(e.features)) for e in examples if fold_of[e.group] == k]
    opened = [(e, p) for e, p in scored if e.open]
    lines = [f"{len(examples)} examples of people in {len(groups)} files, {len(opened)} of them open (no class from "
             f"the rules); {folds}-fold cross-validation grouped by file, C={c}",
             "threshold | all: decided, right/decided | open: decided, right/decided, abstained, none kept, gain"]
    for t in THRESHOLDS:
        every, opens = _tally(scored, t), _tally(opened, t)
        lines.append(f"{t:9.2f} | {every['decided']:4d} {_rate(every)} | {opens['decided']:3d} {_rate(opens)} "
                     f"{opens['abstained']:3d} {opens['none kept']}/{opens['none']} "
                     f"{opens['right'] - (opens['decided'] - opens['right']):+d}")
    return lines


def _tally(scored: list[tuple[Example, dict[str, float]]], threshold: float) -> Counter:
    out: Counter = Counter()
    for e, probs in scored:
        best = max(probs, key=probs.__getitem__)
        is_none = e.accepted == (learned.NONE,)
        out["none"] += is_none
        if best != learned.NONE and probs[best] >= threshold:
            out["decided"] += 1
            out["right"] += best in e.accepted
        else:
            out["abstained"] += 1
            out["none kept"] += is_none
    return out


def _rate(t: Counter) -> str:
    return f"{t['right']:4d}/{t['decided']:<4d} {t['right'] / max(t['decided'], 1):.3f}"


def write(path, model: learned.EventModel, note: str) -> None:
    with open(path, "w") as f:
        json.dump({"trained_on": note, **model.to_json()}, f, indent=0, sort_keys=True)
        f.write("\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=None)
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--threshold", type=float, default=0.4)
    parser.add_argument("--folds", type=int, default=0, help="cross-validate with K folds grouped by file instead of training")
    parser.add_argument("--no-idetect", action="store_true", help="the graded sets alone")
    parser.add_argument("--no-realnews", action="store_true", help="leave out the realnews tune part")
    parser.add_argument("--language", default="en", choices=sorted(learned.MODEL_PATHS))
    parser.add_argument("--out", default=None, help="where to write the model (default: the language's shipped file)")
    args = parser.parse_args(argv)
    if args.folds == 1 or args.folds < 0:
        parser.error("--folds needs at least 2 folds")
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    examples = graded_examples(args.language)
    log.info("%d graded examples", len(examples))
    if not args.no_idetect and args.language == "en":
        examples += idetect_examples(args.shared)
        log.info("%d examples with IDETECT's tune part", len(examples))
    if not args.no_realnews:
        examples += realnews_examples(args.shared, args.language)
        log.info("%d examples with the realnews tune part", len(examples))
    if not examples:
        raise EvalError("no training examples")
    if args.folds:
        sys.stdout.write("\n".join(cross_validate(examples, args.folds, args.c)) + "\n")
        return
    model = fit(examples, args.c, args.threshold)
    sources = f"tuned graded sets ({', '.join(GRADED[args.language])})" + (
        "" if args.no_idetect or args.language != "en" else ", IDETECT tune part") + (
        "" if args.no_realnews else f", realnews tune part ({args.language})")
    out = args.out or learned.MODEL_PATHS[args.language]
    write(out, model, f"{sources}; C={args.c}")
    log.info("wrote %s: %d classes", out, len(model.weights))


if __name__ == "__main__":
    main()
