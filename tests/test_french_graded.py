"""The graded fixtures (tests/french/graded and tests/graded/*/: texts written for these tests, each folder with its
gold.py): figures' value, event class, category, country and source stay at least as right as measured when the
mechanisms were built."""

from __future__ import annotations

import importlib.util
from pathlib import Path

TESTS = Path(__file__).parent
GRADE = TESTS / "graded" / "grade.py"


def _grader():
    spec = importlib.util.spec_from_file_location("graded_grade", GRADE)
    grade = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(grade)
    return grade


def test_graded_french_figures_do_not_fall():
    grade = _grader()
    folder = TESTS / "french" / "graded"
    right, misses = grade.grade(folder)
    gold = grade.load_gold(folder)
    assert right["found"] >= 110 and right["event"] >= 109 and right["country"] >= 108 and right["source"] >= 106, misses
    assert right["no event"] == len(gold.NO_EVENT) and right["no figure"] == len(gold.NO_FIGURE), misses


def test_graded_french_press_figures_do_not_fall():
    """The blind set (tests/graded/fr-presse: French press texts in styles the first set lacks, gold written
    before the tool ran on them) stays at least as right as measured when its mechanisms were built."""
    grade = _grader()
    folder = TESTS / "graded" / "fr-presse"
    right, misses = grade.grade(folder)
    assert right["found"] >= 108 and right["event"] >= 102 and right["category"] >= 102, misses
    assert right["country"] >= 92 and right["source"] >= 94, misses
    assert right["no event"] >= 16 and right["no figure"] >= 9, misses


def test_graded_english_conflict_figures_do_not_fall():
    grade = _grader()
    folder = TESTS / "graded" / "en-conflict"
    right, misses = grade.grade(folder)
    gold = grade.load_gold(folder)
    assert right["found"] >= 134 and right["event"] >= 119 and right["category"] >= 118, misses
    assert right["country"] >= 123 and right["source"] >= 127, misses
    assert right["no figure"] == len(gold.NO_FIGURE) and right["no event"] >= len(gold.NO_EVENT) - 1, misses


def test_graded_french_stories_figures_do_not_fall():
    """The blind set of French stories told by three outlets each (tests/graded/fr-recits, gold written before the
    tool ran on it) grades approx, counted, term and when too; each stays at least as right as measured."""
    grade = _grader()
    folder = TESTS / "graded" / "fr-recits"
    right, misses = grade.grade(folder)
    assert right["found"] >= 83 and right["event"] >= 80 and right["category"] >= 80, misses
    assert right["country"] >= 61 and right["source"] >= 80, misses
    assert right["approx"] >= 47 and right["counted"] >= 53 and right["term"] >= 70 and right["when"] >= 31, misses
    assert right["no event"] >= 4 and right["no figure"] >= 3, misses


def test_graded_english_disaster_figures_do_not_fall():
    """tests/graded/en-disasters: English disaster and humanitarian bulletins (OCHA, IFRC, IOM DTM, national
    disaster agencies, wires, local press, a liveblog), gold written before newsfacts was run on them."""
    grade = _grader()
    right, misses = grade.grade(TESTS / "graded" / "en-disasters")
    assert right["found"] >= 226 and right["event"] >= 192 and right["category"] >= 192, misses
    assert right["country"] >= 220 and right["source"] >= 213, misses
    assert right["no event"] >= 94 and right["no figure"] >= 39, misses


def test_graded_english_stories_figures_do_not_fall():
    """Six events, three outlets each, graded on approx, counted, term and when too (tests/graded/en-stories)."""
    grade = _grader()
    folder = TESTS / "graded" / "en-stories"
    right, misses = grade.grade(folder)
    assert right["found"] >= 109 and right["event"] >= 95 and right["category"] >= 94, misses
    assert right["country"] >= 106 and right["source"] >= 99, misses
    assert right["approx"] >= 45 and right["counted"] >= 83 and right["term"] >= 104 and right["when"] >= 48, misses
    # 18: "4,200 tents set up" is aid by the disaster set's rule (relief counted), no event by this set's gold
    assert right["no figure"] == 2 and right["no event"] >= 18, misses


def test_graded_english_bulletins_figures_do_not_fall():
    """tests/graded/en-bulletins: a blind set of English humanitarian bulletins and wires (IOM DTM, OCHA, IFRC DREF,
    UNHCR, WHO, Reuters, AP, AFP, local press, liveblogs), gold written and committed before newsfacts ran on it;
    the floors sit a little below the first run's score."""
    grade = _grader()
    folder = TESTS / "graded" / "en-bulletins"
    right, misses = grade.grade(folder)
    gold = grade.load_gold(folder)
    assert right["found"] >= 142 and right["event"] >= 111 and right["category"] >= 113, misses
    assert right["country"] >= 126 and right["source"] >= 131, misses
    assert right["no event"] >= 12 and right["no figure"] == len(gold.NO_FIGURE), misses


def test_graded_french_dispatches_figures_do_not_fall():
    """tests/graded/fr-depeches: a blind set of French dispatches and bulletins (AFP, RFI, Radio Okapi, Studio
    Tamani, Alwihda, OCHA, HCR, OIM, OMS, a liveblog), gold written and committed before newsfacts ran on it; the
    floors sit a little below the first run's score."""
    grade = _grader()
    folder = TESTS / "graded" / "fr-depeches"
    right, misses = grade.grade(folder)
    gold = grade.load_gold(folder)
    assert right["found"] >= 88 and right["event"] >= 56 and right["category"] >= 62, misses
    assert right["country"] >= 79 and right["source"] >= 73, misses
    assert right["no event"] >= 5 and right["no figure"] == len(gold.NO_FIGURE), misses
