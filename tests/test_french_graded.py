"""The graded French fixtures (tests/french/graded: texts written for these tests, gold.py): figures' value,
event class, category, country and source stay at least as right as measured when the mechanisms were built."""

from __future__ import annotations

import importlib.util
from pathlib import Path

GRADE = Path(__file__).parent / "french" / "graded" / "grade.py"


def test_graded_french_figures_do_not_fall():
    spec = importlib.util.spec_from_file_location("french_grade", GRADE)
    grade = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(grade)
    right, misses = grade.grade()
    assert right["found"] >= 110 and right["event"] >= 108 and right["country"] >= 108 and right["source"] >= 106, misses
    assert right["no event"] == len(grade.NO_EVENT) and right["no figure"] == len(grade.NO_FIGURE), misses
