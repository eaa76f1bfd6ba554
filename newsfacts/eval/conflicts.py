"""Conflicts between sources: a hand-written set of short humanitarian news cases, and its scorer.

The set ships in the package (``data/conflicts.jsonl``; the texts were written for this project, none is
copied). One line per case: ``id``, ``category``, ``description``, ``articles`` (each ``id``, ``title``,
``text``, ``published``, ``source``), ``expected`` (the conflicts that must be found) and, when
``expected`` is empty, ``why`` there is none. An expected conflict has a ``kind`` (figure_disagreement or
denial), ``values`` that must sit on different claims of one predicted conflict (each among a claim's
value, low or high), and, optionally, ``evidence``: phrases from the case's text that some claim's span
must cover (the denial itself: "denied that any civilians were killed"). An expected denial may also
name ``denied``: a phrase the claim it denies must cover (that claim has ``role`` "denied"), or null when
the case holds no statement to link; scored as link accuracy over the denials found. A case may also
list ``updates`` (pairs [earlier, later] of values that must come out as an update: a figure's history) and
``stories`` (groups of article ids that must be one story each: wire copies), scored as the share found.

Each case's articles are written to a temporary JSONL file and go through ``newsfacts.extract`` (the real
reader, segmenter, pipeline and resolver). Predicted conflicts are matched one to one with expected ones;
a prediction that matches nothing (a second conflict for the same disagreement included, as when two
syndicated copies each conflict with a third report) is a false positive. Scores: precision, recall and F1
over conflicts, overall and by kind; and per category the share of cases that come out exactly right
(every expected conflict found, nothing else).
"""

from __future__ import annotations

import itertools
import json
import os
import tempfile
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import EvalError
from ..records import Article, Conflict, Extraction
from .common import EvalResult, one_to_one, prf

DATA_FILE = "conflicts.jsonl"
CATEGORIES = ("true_conflict", "within_article", "update", "rounding", "range", "bound", "place", "scope", "group",
              "event", "stock_flow", "window", "part", "projection", "denial", "syndication", "same_speaker")
KINDS = ("figure_disagreement", "denial")
ARTICLE_FIELDS = ("id", "title", "text", "published", "source")
BAR = {"precision": 0.95, "recall": 0.95}  # issue 17's bar, on the old cases and the new


def data_path() -> Path:
    return Path(str(resources.files("newsfacts.eval") / "data" / DATA_FILE))


def load_cases(path: str | os.PathLike | None = None) -> list[dict[str, Any]]:
    """The cases, checked: a malformed case is an ``EvalError`` naming its line."""
    p = Path(path) if path is not None else data_path()
    if not p.is_file():
        raise EvalError(f"conflicts evaluation set not found at {p}")
    cases = []
    for number, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as err:
            raise EvalError(f"{p.name}:{number}: not JSON ({err.msg})") from None
        problem = check_case(case)
        if problem:
            raise EvalError(f"{p.name}:{number}: {problem}")
        cases.append(case)
    return cases


def check_case(case: Any) -> str | None:
    """Why a case is malformed, or None."""
    if not isinstance(case, dict):
        return "not an object"
    for key in ("id", "category", "articles", "expected"):
        if key not in case:
            return f"no {key!r}"
    if case["category"] not in CATEGORIES:
        return f"unknown category {case['category']!r}"
    articles = case["articles"]
    if not isinstance(articles, list) or not articles:
        return "'articles' must be a non-empty list"
    for a in articles:
        missing = [k for k in ARTICLE_FIELDS if not isinstance(a.get(k), str) or not a[k].strip()]
        if missing:
            return f"article {a.get('id')!r} lacks {', '.join(missing)}"
    if len({a["id"] for a in articles}) != len(articles):
        return "article ids repeat"
    if not isinstance(case["expected"], list):
        return "'expected' must be a list"
    if not case["expected"] and not case.get("why"):
        return "a case with no expected conflict needs a 'why'"
    texts = [a["text"] for a in articles]
    for e in case["expected"]:
        if e.get("kind") not in KINDS:
            return f"unknown conflict kind {e.get('kind')!r}"
        values, evidence = e.get("values", []), e.get("evidence", [])
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            return "'values' must be numbers"
        if e["kind"] == "figure_disagreement" and len(values) < 2:
            return "a figure_disagreement needs at least two values"
        if not values and not evidence:
            return "an expected conflict needs values or evidence"
        for phrase in evidence + ([e["denied"]] if e.get("denied") else []):
            if not any(phrase in t for t in texts):
                return f"evidence {phrase!r} is not in the case's text"
        if "denied" in e and e["kind"] != "denial":
            return "only a denial names what it 'denied'"
    ids = {a["id"] for a in articles}
    for pair in case.get("updates", []):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(v, (int, float)) for v in pair)):
            return "an update is a pair [earlier, later] of numbers"
    for group in case.get("stories", []):
        if not (isinstance(group, list) and group and set(group) <= ids):
            return "a story is a list of the case's article ids"
    return None


# -- matching ----------------------------------------------------------------------------------------------


def _equal(a: float | None, b: float) -> bool:
    return a is not None and abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _values_on_claims(values: list[float], conflict: Conflict) -> bool:
    """Each value among a different claim's value/low/high."""
    claims = conflict.claims
    if len(values) > len(claims):
        return False
    for chosen in itertools.permutations(range(len(claims)), len(values)):
        if all(any(_equal(x, v) for x in (claims[i].value, claims[i].low, claims[i].high))
               for v, i in zip(values, chosen, strict=True)):
            return True
    return False


def _evidence_covered(evidence: list[str], conflict: Conflict, texts: dict[str, str]) -> bool:
    """Each phrase overlapped by some claim's span in the claim's own article."""
    for phrase in evidence:
        covered = False
        for c in conflict.claims:
            text = texts.get(c.article, "")
            at = text.find(phrase)
            while at >= 0 and not covered:
                covered = c.start < at + len(phrase) and at < c.end
                at = text.find(phrase, at + 1)
            if covered:
                break
        if not covered:
            return False
    return True


def link_right(expected: dict[str, Any], conflict: Conflict, texts: dict[str, str]) -> bool:
    """The denial links the statement the case names (or links nothing where the case names none)."""
    denied = [c for c in conflict.claims if c.role == "denied"]
    if expected["denied"] is None:
        return not denied
    return any(_evidence_covered([expected["denied"]], Conflict(conflict.about, conflict.kind, (c,)), texts)
               for c in denied)


def matches(expected: dict[str, Any], conflict: Conflict, texts: dict[str, str]) -> bool:
    return (conflict.kind == expected["kind"]
            and _values_on_claims([float(v) for v in expected.get("values", [])], conflict)
            and _evidence_covered(expected.get("evidence", []), conflict, texts))


# -- running -----------------------------------------------------------------------------------------------


def extract_case(case: dict[str, Any]) -> Extraction:
    """The case's articles through ``newsfacts.extract``, from a temporary JSONL file."""
    from ..api import extract

    with tempfile.TemporaryDirectory(prefix="newsfacts-conflicts-") as tmp:
        path = Path(tmp) / f"{case['id']}.jsonl"
        path.write_text("".join(json.dumps({k: a[k] for k in ARTICLE_FIELDS}, ensure_ascii=False) + "\n"
                                for a in case["articles"]), encoding="utf-8")
        result = extract(str(path))
    if result.errors:
        raise EvalError(f"case {case['id']}: {'; '.join(f'{e.source}: {e.reason}' for e in result.errors)}")
    return result


def run_case(case: dict[str, Any]) -> tuple[list[Article], tuple[Conflict, ...]]:
    """The case's articles and the conflicts among them."""
    result = extract_case(case)
    return list(result.articles), result.conflicts


def updates_found(case: dict[str, Any], result: Extraction) -> list[bool]:
    """For each update the case expects, whether an update holds its earlier value then its later one."""
    return [any(_equal(u.earlier.value, a) and _equal(u.later.value, b) for u in result.updates)
            for a, b in case.get("updates", [])]


def stories_right(case: dict[str, Any], result: Extraction) -> list[bool]:
    """For each story the case expects, whether its articles (by the case's ids) are exactly one story."""
    by_name = {a.source.id: a.story or a.id for a in result.articles}
    members: dict[str, set[str]] = defaultdict(set)
    for name, story in by_name.items():
        members[story].add(name)
    return [bool(group) and len({by_name.get(n) for n in group}) == 1 and members[by_name[group[0]]] == set(group)
            for group in case.get("stories", [])]


def describe(conflict: Conflict, names: dict[str, str], texts: dict[str, str]) -> str:
    parts = []
    for c in conflict.claims:
        bounds = "" if c.low is None and c.high is None else f" [{c.low}, {c.high}]"
        who = c.stated_by.name or c.stated_by.mention if c.stated_by else None
        evidence = texts.get(c.article, "")[c.start:c.end][:80]
        parts.append(f"{names.get(c.article, c.article)}: {c.value}{bounds} by {who} {evidence!r}")
    return f"{conflict.kind} about {conflict.about!r}: " + " | ".join(parts)


def evaluate_conflicts(shared: str | os.PathLike | None = None, limit: int | None = None,
                       **_: object) -> EvalResult:
    cases = load_cases()[:limit]
    tally: Counter = Counter()  # predicted, correct predictions, expected, found; also per kind
    by_category: dict[str, Counter] = defaultdict(Counter)
    details: list[str] = []
    for case in cases:
        result = extract_case(case)
        articles, conflicts = list(result.articles), result.conflicts
        for kind, found_right in (("updates", updates_found(case, result)), ("stories", stories_right(case, result))):
            tally[f"{kind}_expected"] += len(found_right)
            tally[f"{kind}_right"] += sum(found_right)
            details += [f"MISSED {case['id']} ({case['category']}): {kind[:-1]} {x}"
                        for x, ok in zip(case.get(kind, []), found_right, strict=True) if not ok]
        names = {a.id: a.source.id or a.id for a in articles}
        texts = {a.id: a.text for a in articles}
        expected = case["expected"]
        pairs = one_to_one(((1.0, i, j) for i, e in enumerate(expected) for j, c in enumerate(conflicts)
                            if matches(e, c, texts)), minimum=1.0)
        found = {i for i, _ in pairs}
        right = {j for _, j in pairs}
        cat = by_category[case["category"]]
        cat["cases"] += 1
        cat["expected"] += len(expected)
        cat["found"] += len(found)
        cat["predicted"] += len(conflicts)
        cat["correct"] += len(right)
        cat["exact"] += len(found) == len(expected) and len(right) == len(conflicts)
        for kind in KINDS:
            tally[f"{kind}_expected"] += sum(e["kind"] == kind for e in expected)
            tally[f"{kind}_predicted"] += sum(c.kind == kind for c in conflicts)
            tally[f"{kind}_correct"] += sum(conflicts[j].kind == kind for j in right)
        for i, j in pairs:
            if "denied" in expected[i]:
                ok = link_right(expected[i], conflicts[j], texts)
                tally["links"] += 1
                tally["links_right"] += ok
                if not ok:
                    details.append(f"LINK {case['id']}: expected {expected[i]['denied']!r}, got "
                                   f"{describe(conflicts[j], names, texts)}")
        for i, e in enumerate(expected):
            if i not in found:
                what = e.get("values") or e.get("evidence")
                details.append(f"MISSED {case['id']} ({case['category']}): {e['kind']} {what}")
        for j, c in enumerate(conflicts):
            if j not in right:
                details.append(f"FALSE {case['id']} ({case['category']}): {describe(c, names, texts)}")
    total = sum(by_category.values(), Counter())
    scores: dict[str, float] = {"cases": len(cases), "expected": total["expected"], "predicted": total["predicted"],
                                **prf(total["correct"], total["predicted"], total["expected"], total["found"])}
    for kind in KINDS:
        for k, v in prf(tally[f"{kind}_correct"], tally[f"{kind}_predicted"], tally[f"{kind}_expected"]).items():
            scores[f"{kind}_{k}"] = v
    scores["denial_link_accuracy"] = tally["links_right"] / tally["links"] if tally["links"] else 0.0
    for kind in ("updates", "stories"):
        scores[f"{kind}_found"] = tally[f"{kind}_right"] / tally[f"{kind}_expected"] if tally[f"{kind}_expected"] else 0.0
    for name in CATEGORIES:
        if by_category[name]["cases"]:
            scores[f"{name}_exact"] = by_category[name]["exact"] / by_category[name]["cases"]
    below = [f"{k} {scores[k]:.3f} < {v}" for k, v in BAR.items() if scores[k] < v]
    lines = [f"Conflicts: {len(cases)} hand-written cases, {total['expected']} expected conflicts, "
             f"{total['predicted']} predicted",
             f"{'':<20}{'precision':>10}{'recall':>8}{'f1':>8}",
             f"{'all':<20}{scores['precision']:>10.3f}{scores['recall']:>8.3f}{scores['f1']:>8.3f}"]
    lines += [f"{kind:<20}{scores[f'{kind}_precision']:>10.3f}{scores[f'{kind}_recall']:>8.3f}"
              f"{scores[f'{kind}_f1']:>8.3f}" for kind in KINDS]
    lines.append(f"denials linked to the statement they deny: {tally['links_right']}/{tally['links']} "
                 f"({scores['denial_link_accuracy']:.3f})")
    lines.append(f"updates found (a figure's history): {tally['updates_right']}/{tally['updates_expected']}; "
                 f"stories (wire copies as one) right: {tally['stories_right']}/{tally['stories_expected']}")
    lines.append(f"{'category':<16}{'cases':>6}{'exact':>7}{'expected':>10}{'found':>7}{'predicted':>11}{'false':>7}")
    for name in CATEGORIES:
        c = by_category[name]
        if c["cases"]:
            lines.append(f"{name:<16}{c['cases']:>6}{c['exact']:>7}{c['expected']:>10}{c['found']:>7}"
                         f"{c['predicted']:>11}{c['predicted'] - c['correct']:>7}")
    lines.append("bar: " + ("met" if not below else "not met: " + ", ".join(below)))
    return EvalResult("conflicts", passed=not below, scores=scores, report="\n".join(lines), details=details)
