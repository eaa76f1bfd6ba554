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
    assert right["found"] >= 110 and right["event"] >= 108 and right["country"] >= 108 and right["source"] >= 106, misses
    assert right["no event"] == len(gold.NO_EVENT) and right["no figure"] == len(gold.NO_FIGURE), misses


def test_graded_english_disaster_figures_do_not_fall():
    """tests/graded/en-disasters: English disaster and humanitarian bulletins (OCHA, IFRC, IOM DTM, national
    disaster agencies, wires, local press, a liveblog), gold written before newsfacts was run on them."""
    grade = _grader()
    right, misses = grade.grade(TESTS / "graded" / "en-disasters")
    assert right["found"] >= 226 and right["event"] >= 192 and right["category"] >= 192, misses
    assert right["country"] >= 220 and right["source"] >= 213, misses
    assert right["no event"] >= 94 and right["no figure"] >= 39, misses
