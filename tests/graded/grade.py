"""Grade newsfacts' figures on a folder of graded fixtures (texts written for these tests, with a gold.py beside them).

Run: PYTHONPATH=. python tests/graded/grade.py FOLDER [-v]  (a tally by field, and with -v each miss). The folders:
tests/french/graded and the folders under tests/graded/ that hold a gold.py.

gold.py: FIGURES, a list of (file, value, event classes accepted, ISO3 country or None, source words accepted or
None[, {"approx": "at least", "counted": "people|person", "term": "kill|dead", "when": "2025-03", "unit": "household"}]):
the dict, where given, grades those fields too, as the shared realnews scorer does; NO_EVENT, a list of (file,
value[, {"unit": "USD", "source": ("ONU",)}]): the dict, where given, grades the unit and the source of the figure
that has no event (money, percentages, hours); NO_FIGURE, a list of (file, value); DATE, the reference date the
texts are extracted with (default 2025-03-14)."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

FIELDS = ("found", "event", "category", "country", "source")
# Graded where a figure's gold names them (a sixth element, a dict), with the shared scorer's semantics
# (../shared/tools/score_seed.py): approx equal, counted, term and unit holding one of "A|B", when starting with it.
MORE_FIELDS = ("approx", "counted", "term", "when", "unit")
# Graded on figures with no event (money, percentages, hours) where NO_EVENT's third element names them.
NO_EVENT_FIELDS = ("unit", "source")


def _norm(s) -> str:
    return " ".join(str(s or "").replace("\u2019", "'").split()).lower()


def _any_of(pattern: str, text) -> bool:
    return any(p and p in _norm(text) for p in _norm(pattern).split("|"))
DATE = "2025-03-14"


def load_gold(folder: Path) -> ModuleType:
    """The folder's gold.py: FIGURES, and NO_EVENT and NO_FIGURE where it has them."""
    spec = importlib.util.spec_from_file_location(f"gold_{folder.name}", folder / "gold.py")
    gold = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gold)
    for name in ("NO_EVENT", "NO_FIGURE"):
        if not hasattr(gold, name):
            setattr(gold, name, [])
    return gold


def _articles(folder: Path, gold: ModuleType):
    import newsfacts

    names = sorted({f for f, *_ in gold.FIGURES} | {f for f, *_ in gold.NO_EVENT} | {f for f, _ in gold.NO_FIGURE})
    result = newsfacts.extract([str(folder / n) for n in names], date=getattr(gold, "DATE", DATE))
    return {Path(a.source.path).name: a for a in result.articles}


def _figures(articles, name: str) -> tuple:
    """The figures of the article read from file ``name``; none where no article came of it (dropped whole)."""
    return articles[name].figures if name in articles else ()


def _value_of(f) -> float:
    return f.low if "vague" in f.flags and f.low is not None else f.value


def _said(f) -> str:
    return " ".join(x for x in ((f.stated_by.name, f.stated_by.mention) if f.stated_by else ()) if x)


def _grade_no_event_fields(name, value, more: dict, same, right: Counter, misses: list) -> None:
    """Grade the unit and source NO_EVENT's dict names on the first figure of that value (a miss where none)."""
    f = min(same, key=lambda f: f.start) if same else None
    for field in NO_EVENT_FIELDS:
        if field not in more:
            continue
        want = more[field]
        if field == "unit":
            got = f.unit if f else None
            ok = f is not None and _any_of(want, f.unit)
        else:
            got = _said(f) if f else None
            ok = bool(got) and any(s.lower() in got.lower() for s in want)
        right[f"{field} (no event)"] += ok
        if not ok:
            misses.append((name, value, f"{field} (no event)", want, got))


def grade(folder: Path | str, articles=None):
    """(tally of right answers by field, misses as (file, value, field, expected, got)) for one graded folder."""
    from newsfacts.lexicon.events import category_of_class as _category
    from newsfacts.lexicon.events import classes

    def category_of_class(name):  # a class the vocabulary lacks (a gold's convention) files as other
        return _category(name) if name is None or name in classes() else "other"

    folder = Path(folder)
    gold = load_gold(folder)
    FIGURES, NO_EVENT, NO_FIGURE = gold.FIGURES, gold.NO_EVENT, gold.NO_FIGURE
    articles = articles or _articles(folder, gold)
    right, misses, seen = Counter(), [], Counter()
    for name, value, events, country, sources, *more in FIGURES:
        more = more[0] if more else {}
        events = (events,) if isinstance(events, str) else events
        k = seen[name, value]
        seen[name, value] += 1
        candidates = sorted((f for f in _figures(articles, name) if _value_of(f) == value), key=lambda f: f.start)
        if len(candidates) <= k:
            misses.append((name, value, "found", value, [_value_of(f) for f in _figures(articles, name)]))
            continue
        f = candidates[k]
        right["found"] += 1
        checks = {
            "event": (f.event in events, events, f.event),
            "category": (category_of_class(f.event) == category_of_class(events[0]) and f.category == category_of_class(events[0]),
                         category_of_class(events[0]), f.category),
            "country": (country is None or (f.place is not None and f.place.country == country), country,
                        f.place.country if f.place else None),
        }
        said = _said(f)
        checks["source"] = (sources is None or any(s.lower() in said.lower() for s in sources), sources, said or None)
        when = f.when.value if f.when is not None else None
        for field, (ok, got) in {
            "approx": (_norm(more.get("approx")) == _norm(f.approx), f.approx),
            "counted": (_any_of(more.get("counted", ""), f.counted), f.counted),
            "term": (_any_of(more.get("term", ""), f.term), f.term),
            "when": (_norm(when).startswith(_norm(more.get("when"))), when),
            "unit": (_any_of(more.get("unit", ""), f.unit), f.unit),
        }.items():
            if field in more:
                checks[field] = (ok, more[field], got)
        for field, (ok, want, got) in checks.items():
            if ok:
                right[field] += 1
            else:
                misses.append((name, value, field, want, got))
    for name, value, *more in NO_EVENT:
        same = [f for f in _figures(articles, name) if _value_of(f) == value]
        bad = [f for f in same if f.event is not None]
        right["no event"] += not bad
        if bad:
            misses.append((name, value, "no event", None, bad[0].event))
        _grade_no_event_fields(name, value, more[0] if more else {}, same, right, misses)
    for name, value in NO_FIGURE:
        bad = [f for f in _figures(articles, name) if _value_of(f) == value]
        right["no figure"] += not bad
        if bad:
            misses.append((name, value, "no figure", None, bad[0].text))
    return right, misses


def main() -> None:
    folders = [a for a in sys.argv[1:] if not a.startswith("-")]
    if not folders:
        sys.exit("usage: grade.py FOLDER [-v]")
    right, misses = grade(folders[0])
    gold = load_gold(Path(folders[0]))
    FIGURES, NO_EVENT, NO_FIGURE = gold.FIGURES, gold.NO_EVENT, gold.NO_FIGURE
    n = len(FIGURES)
    for field in FIELDS:
        print(f"{field:10} {right[field]:3}/{n}")
    for field in MORE_FIELDS:
        graded = sum(1 for f in FIGURES if len(f) > 5 and field in f[5])
        if graded:
            print(f"{field:10} {right[field]:3}/{graded}")
    print(f"{'no event':10} {right['no event']:3}/{len(NO_EVENT)}")
    for field in NO_EVENT_FIELDS:
        graded = sum(1 for f in NO_EVENT if len(f) > 2 and field in f[2])
        if graded:
            print(f"{field + ' (no event)':10} {right[field + ' (no event)']:3}/{graded}")
    print(f"{'no figure':10} {right['no figure']:3}/{len(NO_FIGURE)}")
    whole = n - len({(m[0], m[1]) for m in misses if m[2] in FIELDS + MORE_FIELDS})
    print(f"{'all right':10} {whole:3}/{n} (figures with every graded field right; a value twice counts once if missed)")
    if "-v" in sys.argv:
        for m in misses:
            print("  ", *m)


if __name__ == "__main__":
    main()
