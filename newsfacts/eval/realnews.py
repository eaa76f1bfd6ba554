"""Real news pages (``shared/realnews``): every set extracted in one run, scored by the project's own
scorer (``shared/tools/score_seed.py --expected``), with totals per section as ``shared/tools/score_pages.py``
counts them (article, article-count, quote, figure, place, person, conflict, update, spans).

The scorer is called, not reimplemented, so this agrees with ``score_pages.py`` line for line; what this adds is
the run in one process (the models load once), the conflicts each set reports (the scorer scores only the
expected ones: a conflict no set expects is counted here, ``conflicts_unexpected``), the check part (``--part``: sets whose file stem hashes to 0 mod
3, never read for errors while tuning) and each section's rate (``figure_rate`` ...), whose floors CI holds
(tests/eval_baseline.json, for the tune and the check part each). Quotes, figures, places and people are also
counted by language ("  fr quote 12/15"): the language of the text each expected fact is in. The figures missed
are tallied by field (``figure_misses``): for each, the figure of the same value that gets the most of the expected
fields right, and which fields it gets wrong (or "not found": no figure of that value), totals only, so that a
check part says which mechanism fails without showing a record.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from .. import language
from ..api import extract
from ..errors import EvalError
from ..records import Extraction, to_dict
from .common import EvalResult, in_part, part_note, shared_dir

FOLDER = "realnews"
SCORER = "tools/score_seed.py"
SECTIONS = ("article", "article-count", "quote", "figure", "place", "person", "conflict", "update", "spans")
LINE_RE = re.compile(r"^(ok|MISSING|WRONG) +(.*)$")
FIELDS_RE = re.compile(r"\[fields: (.*)\]$")
# the fields an expected figure may name, in the scorer's order (shared/tools/score_seed.py check_figures)
FIGURE_FIELDS = ("approx", "counted", "term", "unit", "flag", "category", "country", "when", "stated_by")


def section_of(label: str) -> str:
    """The section of a scorer line's label, as score_pages.py names it ("article count" is its own)."""
    words = label.split()
    name = words[0].rstrip(",") if words else "?"
    return "article-count" if name == "article" and words[1:2] == ["count"] else name


def sets(root: Path, part: str | None) -> list[tuple[str, Path, list[Path], dict]]:
    """(stem, expected file, input texts, expected) of every set of the folder in ``part``, in name order."""
    folder = root / FOLDER
    if not folder.is_dir():
        raise EvalError(f"the real news pages were not found at {folder}")
    out = []
    for exp_path in sorted(folder.glob("*.expected.json")):
        stem = exp_path.name[: -len(".expected.json")]
        if not in_part(stem, part):
            continue
        exp = json.loads(exp_path.read_text(encoding="utf-8"))
        names = exp.get("input") or f"{stem}.txt"
        names = names if isinstance(names, list) else [names]
        out.append((stem, exp_path, [folder / n for n in names], exp))
    return out


def score_set(scorer: Path, exp_path: Path, inputs: list[Path],
              date: str | None) -> tuple[list[str], dict[str, tuple[list[str], dict]], Extraction]:
    """The scorer's lines for one set: its texts extracted in one run (conflicts and updates can span them); per
    language, the lines of the quotes, figures, places and people expected in that language's articles, with those
    expected facts; and the extraction."""
    result = extract([str(p) for p in inputs], date=date)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.json"
        out.write_text(json.dumps({"articles": to_dict(result.articles), "conflicts": to_dict(result.conflicts)}))
        lines = _score(scorer, out, exp_path)
        by_language = {}
        for code, part in split_by_language(json.loads(exp_path.read_text(encoding="utf-8")), inputs).items():
            sub = Path(tmp) / f"expected-{code}.json"
            sub.write_text(json.dumps(part))
            by_language[code] = (_score(scorer, out, sub, only="quotes,figures,places,people"), part)
    return lines, by_language, result


def _score(scorer: Path, out: Path, expected: Path, only: str | None = None) -> list[str]:
    cmd = [sys.executable, str(scorer), str(out), "--expected", str(expected), *(["--only", only] if only else [])]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=False).stdout.splitlines()


def split_by_language(exp: dict, inputs: list[Path]) -> dict[str, dict]:
    """The expected quotes, figures, places and people of a set, split by the language of the text they are in
    (``language.detect`` of the input file that holds the article's body; a place or person by the texts that
    name it, English where both do)."""
    texts = {p: _norm(p.read_text(encoding="utf-8")) for p in inputs if p.is_file()}
    lang_of = {p: language.detect(t) or "en" for p, t in texts.items()}
    only = next(iter(lang_of.values())) if len(set(lang_of.values())) == 1 else "en"
    key_lang = {}
    for a in exp.get("articles", []):
        body = _norm(str(a.get("body_contains", "")))
        key_lang[a["key"]] = next((lang_of[p] for p, t in texts.items() if body and body in t), only)
    out: dict[str, dict] = {}
    for code in sorted(set(lang_of.values())):
        part = {"articles": exp.get("articles", [])}
        for section in ("quotes", "figures"):
            part[section] = [x for x in exp.get(section, []) if key_lang.get(x.get("article"), only) == code]
        part["places"] = [x for x in exp.get("places", []) if _named_in(x["name"], texts, lang_of) == code]
        part["people"] = [x for x in exp.get("people", []) if _named_in(x, texts, lang_of) == code]
        out[code] = part
    return out


def _named_in(name: str, texts: dict[Path, str], lang_of: dict[Path, str]) -> str:
    langs = {lang_of[p] for p, t in texts.items() if _norm(name) in t}
    if not langs:
        langs = set(lang_of.values())
    return langs.pop() if len(langs) == 1 else "en"


def figure_misses(lines: list[str], expected: list[dict]) -> Counter:
    """For each expected figure the scorer's ``lines`` miss (its figure lines come in the order of ``expected``):
    "not found" when no figure has its value, else each field the nearest figure of that value gets wrong."""
    tally: Counter = Counter()
    figure_lines = [m for line in lines if (m := LINE_RE.match(line)) and m.group(2).startswith("figure ")]
    for m, want in zip(figure_lines, expected, strict=False):
        if m.group(1) == "ok":
            continue
        found = FIELDS_RE.search(m.group(2))
        if found is None:
            tally["not found"] += 1
            continue
        hits = [json.loads(h) for h in re.split(r"(?<=\}); (?=\{)", found.group(1))]
        wrong = min((tuple(f for f in FIGURE_FIELDS if want.get(f) and not _fits(f, want[f], h)) for h in hits), key=len)
        tally.update(wrong or ("other",))
    return tally


def _fits(field: str, want, hit: dict) -> bool:
    """One field of an expected figure against a figure the scorer printed, with the scorer's semantics."""
    if field == "approx":
        return _norm(str(want)) == _norm(str(hit.get("approx") or ""))
    if field == "country":
        return want == hit.get("country")
    if field == "when":
        return _norm(str(hit.get("when") or "")).startswith(_norm(str(want)))
    if field == "flag":
        return want in (hit.get("flags") or [])
    return any(w and w in _norm(str(hit.get(field) or "")) for w in _norm(str(want)).split("|"))


def _norm(text: str) -> str:
    """Text as the scorer compares it: lower case, straight quotes, one space."""
    text = text.translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-"}))
    return re.sub(r"\s+", " ", text).strip().lower()


def reported(result: Extraction, exp: dict) -> tuple[list[str], int]:
    """Each figure disagreement the run reports, in words, and how many of them no expected conflict of the
    set holds (the scorer counts only the expected ones found: a false conflict costs nothing there)."""
    names = {a.id: Path(a.source.path or a.id).stem for a in result.articles}
    expected = [set(c.get("values") or c.get("values_hours") or ()) for c in exp.get("conflicts", [])]
    lines, unexpected = [], 0
    for c in result.conflicts:
        if c.kind != "figure_disagreement":
            continue
        values = {v for x in c.claims for v in (x.value, x.low, x.high) if v is not None}
        unexpected += not any(e and e <= values for e in expected)
        sides = "; ".join(f"{names.get(x.article, x.article)}: {x.value:g}" for x in c.claims if x.value is not None)
        lines.append(f"conflict reported: {c.about}: {sides}")
    return lines, unexpected


def evaluate_realnews(shared: str | os.PathLike | None = None, part: str | None = None, limit: int | None = None,
                      **_: object) -> EvalResult:
    root = shared_dir(shared)
    scorer = root / SCORER
    if not scorer.is_file():
        raise EvalError(f"{scorer} is missing")
    found, total, kinds, counts = Counter(), Counter(), Counter(), Counter()
    lang_found: Counter = Counter()
    lang_total: Counter = Counter()
    misses: dict[str, Counter] = {"all": Counter()}
    details, per_set, skipped = [], [], []
    for stem, exp_path, inputs, exp in sets(root, part)[:limit]:
        if not all(p.is_file() for p in inputs):
            skipped.append(stem)
            continue
        lines, by_language, result = score_set(scorer, exp_path, inputs, exp.get("date"))
        misses["all"].update(figure_misses(lines, exp.get("figures", [])))
        for code, (sub, sub_exp) in by_language.items():
            misses.setdefault(code, Counter()).update(figure_misses(sub, sub_exp.get("figures", [])))
            for line in sub:
                if (m := LINE_RE.match(line)) is not None:
                    lang_total[(code, section_of(m.group(2)))] += 1
                    lang_found[(code, section_of(m.group(2)))] += m.group(1) == "ok"
        kinds.update(a.page_kind or "none" for a in result.articles)
        said, unexpected = reported(result, exp)
        counts["conflicts"] += len(said)
        counts["unexpected"] += unexpected
        counts["updates"] += len(result.updates)
        details += [f"{stem}: {line}" for line in said]
        for line in lines:
            m = LINE_RE.match(line)
            if m is None:
                continue
            sec = section_of(m.group(2))
            total[sec] += 1
            found[sec] += m.group(1) == "ok"
            if m.group(1) != "ok":
                details.append(f"{stem}: {line}")
        per_set.append(f"{stem}: {re.sub(r'^seed: ', '', lines[-1]) if lines else 'no score'}; "
                       f"{len(said)} conflicts reported ({unexpected} not expected), {len(result.updates)} updates")
    scores: dict[str, float] = {"sets": len(per_set)}
    for sec in total:
        scores[f"{sec}_found"], scores[f"{sec}_expected"] = found[sec], total[sec]
        scores[f"{sec.replace('-', '_')}_rate"] = found[sec] / total[sec]
    for (code, sec), n in lang_total.items():
        scores[f"{code}_{sec}_found"], scores[f"{code}_{sec}_expected"] = lang_found[(code, sec)], n
        scores[f"{code}_{sec}_rate"] = lang_found[(code, sec)] / n
    f, t = sum(found.values()), sum(total.values())
    scores["found"], scores["expected"] = f, t
    scores["rate"] = f / t if t else 0.0
    scores["conflicts_reported"], scores["conflicts_unexpected"] = counts["conflicts"], counts["unexpected"]
    scores["updates_reported"] = counts["updates"]
    for code, tally in misses.items():
        for field, n in tally.items():
            scores[f"figure_missed_{'' if code == 'all' else code + '_'}{field.replace(' ', '_')}"] = n
    lines = [f"realnews: {len(per_set)} sets{part_note(part)}", *per_set,
             *(f"  {sec:<14} {found[sec]:>4}/{total[sec]:<4} {found[sec] / total[sec]:6.1%}" for sec in SECTIONS if total[sec]),
             *(f"  {code} {sec:<11} {lang_found[(code, sec)]:>4}/{lang_total[(code, sec)]:<4} "
               f"{lang_found[(code, sec)] / lang_total[(code, sec)]:6.1%}" for code, sec in sorted(lang_total)),
             *(f"  {'' if code == 'all' else code + ' '}figure misses by field: "
               + (", ".join(f"{k} {n}" for k, n in tally.most_common()) or "none") for code, tally in misses.items()),
             "  articles by page kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())),
             f"  conflicts reported: {counts['conflicts']}, of which not expected: {counts['unexpected']}; "
             f"updates (figures' histories) reported: {counts['updates']}",
             f"pages: {f}/{t} expected facts found ({100 * f / max(t, 1):.1f}%)"
             + (f"; skipped, texts missing: {' '.join(skipped)}" if skipped else "")]
    return EvalResult("realnews", passed=not skipped, scores=scores, report="\n".join(lines), details=details)
