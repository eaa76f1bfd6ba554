"""Would a learned model choose figures' event classes better than the rules? A measurement study (issue 15).

    pip install -e '.[train]'
    python -m newsfacts.eval.events_study [--cache /tmp/events.json] [--c 1.0] [--label first|rules]

The data: every gold figure (and every NO_EVENT number) of the six graded sets of texts written for the tests
(``tests/french/graded`` and ``tests/graded/*``, read by ``tests/graded/grade.py``), matched to newsfacts' figure as
grade.py matches it (the same value, its k-th occurrence), with features from the spaCy parse around the number:
the lemma and dependency of the number's head and of its head's head, the nearest verb ancestor's lemma and voice,
the lemmas of the four tokens either side, the counted noun, the words hanging on the counted noun (participles,
adjectives, relative clauses), the language, and the rules' own event. The label is the first event class the
gold accepts ("none" for a NO_EVENT number); ``--label rules`` takes the rules' class instead where the gold
accepts it (so the label is one of the accepted classes the rules would choose when right).

Leave-one-set-out cross-validation (a scikit-learn LogisticRegression trained on five sets, scored on the
sixth), event accuracy as grade.py counts it (the class is one the gold accepts; a NO_EVENT number has none):
(a) the rules, (b) the model alone, (c) the rules where they give an event and the model where they give none,
(d) the model with the rules' event among its features; and (c nested) the back-off where the model overrides the
rules' "none" only when its class is at least as probable as a threshold chosen by leave-one-set-out on the five
training sets alone. (a) is optimistic: the rules were fitted on every set.
Nothing is written to the package; sklearn is needed only here.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("tests/french/graded", "tests/graded/fr-presse", "tests/graded/fr-recits", "tests/graded/en-conflict",
           "tests/graded/en-disasters", "tests/graded/en-stories")
NONE = "none"
WINDOW = 4


def _load_gold(folder: Path):
    sys.path.insert(0, str(ROOT / "tests" / "graded"))
    try:
        import grade  # tests/graded/grade.py: the gold's reader and the matching rules
    finally:
        sys.path.pop(0)
    return grade, grade.load_gold(folder)


def _works(folder: Path, names: list[str], date: str):
    from ..api import _documents
    from ..documents import articles as segmented
    from ..pipeline import Pipeline, default_stages

    articles = list(segmented(_documents([str(folder / n) for n in names], None, None, None), date))
    return {Path(w.article.source.path).name: w for w in Pipeline(default_stages()).works(articles)}


def _token_span(doc, start: int, end: int):
    toks = [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
    if not toks:
        return None
    inside = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
    return roots[-1] if roots else toks[-1]


def _lemma(t) -> str:
    return t.lemma_.lower() if t is not None else "<none>"


def _passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass", "aux:pass", "nsubj:pass") for c in verb.children) \
        or verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") or "Voice=Pass" in str(verb.morph)


def features(doc, start: int, end: int, language: str, rules_event: str | None, counted: str | None) -> dict:
    """The parse around the number at [start, end) as a feature dict (names to 1)."""
    t = _token_span(doc, start, end)
    out = {f"lang={language}": 1, f"rules={rules_event or NONE}": 1}
    if t is None:
        return out
    head = t.head if t.head.i != t.i else None
    hh = head.head if head is not None and head.head.i != head.i else None
    out[f"dep={t.dep_}"] = 1
    out[f"head={_lemma(head)}"] = 1
    out[f"head_dep={head.dep_ if head is not None else '<none>'}"] = 1
    out[f"head_pos={head.pos_ if head is not None else '<none>'}"] = 1
    out[f"hh={_lemma(hh)}"] = 1
    out[f"head|hh={_lemma(head)}|{_lemma(hh)}"] = 1
    verb, x = None, t
    while x.head.i != x.i:
        x = x.head
        if x.pos_ in ("VERB", "AUX") or x.tag_ == "VBN":
            verb = x
            break
    out[f"verb={_lemma(verb)}"] = 1
    if verb is not None:
        out[f"voice={'pass' if _passive(verb) else 'act'}"] = 1
        out[f"verb|voice={_lemma(verb)}|{'pass' if _passive(verb) else 'act'}"] = 1
    if head is not None and head.pos_ in ("NOUN", "PROPN"):
        out[f"noun={_lemma(head)}"] = 1
        for c in head.children:
            if c.dep_ in ("acl", "amod", "relcl", "acl:relcl", "appos", "nmod", "prep") and c.i != t.i:
                out[f"noun_mod={_lemma(c)}"] = 1
    for c in t.children:
        if c.dep_ in ("acl", "amod", "relcl", "acl:relcl", "conj", "prep", "nmod"):
            out[f"num_mod={_lemma(c)}"] = 1
    if counted:
        out[f"counted={counted.lower().split()[-1]}"] = 1
    first = min(t.i, *(u.i for u in doc if u.idx >= start and u.idx < end)) if end > start else t.i
    last = max(t.i, *(u.i for u in doc if u.idx >= start and u.idx < end)) if end > start else t.i
    sent = t.sent
    for k in range(1, WINDOW + 1):
        for side, i in (("l", first - k), ("r", last + k)):
            if sent.start <= i < sent.end and not doc[i].is_punct:
                out[f"{side}{k}={_lemma(doc[i])}"] = 1
                out[f"w={_lemma(doc[i])}"] = 1
    return out


def dataset(label_mode: str = "first") -> list[dict]:
    """One row per gold figure found (and NO_EVENT number): set, file, value, accepted classes, label, the rules'
    event, features without the rules' event (``x``)."""
    rows = []
    for rel in FOLDERS:
        folder = ROOT / rel
        grade, gold = _load_gold(folder)
        names = sorted({f for f, *_ in gold.FIGURES} | {f for f, _ in gold.NO_EVENT} | {f for f, _ in gold.NO_FIGURE})
        works = _works(folder, names, getattr(gold, "DATE", grade.DATE))
        seen = Counter()
        items = [(name, value, (events,) if isinstance(events, str) else tuple(events))
                 for name, value, events, *_ in gold.FIGURES]
        items += [(name, value, ()) for name, value in gold.NO_EVENT]
        for name, value, accepted in items:
            k = seen[name, value, bool(accepted)]
            seen[name, value, bool(accepted)] += 1
            w = works[name]
            figs = sorted((f for f in w.article.figures if grade._value_of(f) == value), key=lambda f: f.start)
            if not accepted:  # NO_EVENT: every figure of that value
                chosen = figs
            else:
                chosen = figs[k:k + 1]
            for f in chosen:
                label = accepted[0] if accepted else NONE
                if label_mode == "rules" and f.event in accepted:
                    label = f.event
                x = features(w.products["doc"], f.start, f.end, w.article.language or "en", None, f.counted)
                x.pop(f"rules={NONE}", None)
                rows.append({"set": rel.split("/")[-1], "file": name, "value": value, "accepted": list(accepted),
                             "label": label, "rules": f.event, "x": x})
    return rows


def _right(pred: str | None, row: dict) -> bool:
    pred = None if pred in (None, NONE) else pred
    return pred in row["accepted"] if row["accepted"] else pred is None


THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)  # 1.01: never overrides, the rules alone


def _fit(train: list[dict], with_rules: bool, c: float):
    """A logistic regression on ``train``: a function from rows to (classes, probabilities)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=2000).fit(vec.fit_transform([_x(r, with_rules) for r in train]),
                                                      [r["label"] for r in train])
    return lambda rs: (model.classes_, model.predict_proba(vec.transform([_x(r, with_rules) for r in rs])))


def _backoff(classes, probs, rows: list[dict], threshold: float) -> list[str | None]:
    """The rules' event, or where they give none the model's class when it is an event and its probability is
    at least ``threshold``."""
    out = []
    for p, r in zip(probs, rows, strict=True):
        i = p.argmax()
        out.append(r["rules"] if r["rules"] is not None or classes[i] == NONE or p[i] < threshold else classes[i])
    return out


def _accuracy(preds, rows: list[dict]) -> float:
    return sum(_right(p, r) for p, r in zip(preds, rows, strict=True)) / len(rows)


def _threshold(rows: list[dict], c: float) -> float:
    """The back-off threshold chosen by leave-one-set-out inside ``rows`` alone (the held-out set never seen)."""
    sets = list(dict.fromkeys(r["set"] for r in rows))
    score = Counter()
    for s in sets:
        test = [r for r in rows if r["set"] == s]
        classes, probs = _fit([r for r in rows if r["set"] != s], False, c)(test)
        for t in THRESHOLDS:
            score[t] += _accuracy(_backoff(classes, probs, test, t), test)
    return max(THRESHOLDS, key=lambda t: (score[t], t))


def cross_validate(rows: list[dict], c: float = 1.0, nested: bool = True) -> dict:
    table = {}
    for held in dict.fromkeys(r["set"] for r in rows):
        test = [r for r in rows if r["set"] == held]
        train = [r for r in rows if r["set"] != held]
        classes, probs = _fit(train, False, c)(test)
        classes_d, probs_d = _fit(train, True, c)(test)
        alone = [classes[p.argmax()] for p in probs]
        row = {
            "n": len(test),
            "a_rules": _accuracy([r["rules"] for r in test], test),
            "b_model": _accuracy(alone, test),
            "c_backoff": _accuracy(_backoff(classes, probs, test, 0.0), test),
            "d_feature": _accuracy([classes_d[p.argmax()] for p in probs_d], test),
        }
        if nested:
            t = _threshold(train, c)
            row["c_threshold"] = t
            row["c_nested"] = _accuracy(_backoff(classes, probs, test, t), test)
        table[held] = row
    return table


def _x(row: dict, with_rules: bool) -> dict:
    return {**row["x"], f"rules={row['rules'] or NONE}": 1} if with_rules else row["x"]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", help="a JSON file for the dataset: read when it exists, written otherwise")
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularisation of the logistic regression")
    ap.add_argument("--label", choices=("first", "rules"), default="first")
    ap.add_argument("--no-nested", action="store_true", help="skip (c) with a threshold chosen by nested cross-validation")
    args = ap.parse_args(argv)
    cache = Path(args.cache) if args.cache else None
    if cache and cache.exists():
        rows = json.loads(cache.read_text())
    else:
        rows = dataset("first")
        if cache:
            cache.write_text(json.dumps(rows))
    if args.label == "rules":
        rows = [{**r, "label": r["rules"] if r["rules"] in r["accepted"] else r["label"]} for r in rows]
    table = cross_validate(rows, args.c, not args.no_nested)
    keys = ("a_rules", "b_model", "c_backoff", "d_feature") + (() if args.no_nested else ("c_nested",))
    _say(f"{'held out':14} {'n':>4} " + " ".join(f"{k:>10}" for k in keys) + ("" if args.no_nested else "  threshold"))
    for held, t in table.items():
        _say(f"{held:14} {t['n']:4} " + " ".join(f"{t[k]:10.3f}" for k in keys)
              + ("" if args.no_nested else f"  {t['c_threshold']:9.2f}"))
    mean = {k: sum(t[k] for t in table.values()) / len(table) for k in keys}
    _say(f"{'mean':14} {'':4} " + " ".join(f"{mean[k]:10.3f}" for k in keys))
    for k in keys[1:]:
        wins = sum(t[k] > t["a_rules"] for t in table.values())
        ties = sum(t[k] == t["a_rules"] for t in table.values())
        _say(f"{k}: above the rules on {wins} of {len(table)} held-out sets, level on {ties}")

def _say(line: str) -> None:
    sys.stdout.write(line + "\n")


if __name__ == "__main__":
    main()
