"""The IDMC reporting term a figure maps to (eval/idetect.py) and the figure both IDMC sets score: sentences
written for these tests."""

from __future__ import annotations

import pytest

from newsfacts.eval.idetect import idmc_term, labelled_figure
from newsfacts.pipeline import process_batch
from newsfacts.records import Article, Source


def figures(text: str):
    (a,) = process_batch([Article(id="t", source=Source(outlet="Test Wire"), text=text)])
    return list(a.figures)


@pytest.mark.parametrize(("text", "value", "term"), [
    ("Some 2,500 families were left homeless after the fire.", 2500, "Homeless"),
    ("Some 350 homes were rendered uninhabitable by the mudslide.", 350, "Uninhabitable Housing"),
    ("There are reports of 1,000 people staying with host families near the border.", 1000, "Sheltered"),
    ("Another 3,000 were in shelters on Monday.", 3000, "Sheltered"),
    ("Authorities evacuated 6,000 residents from low-lying areas.", 6000, "Evacuated"),
    ("Floods destroyed 1,200 houses in the eastern districts.", 1200, "Destroyed Housing"),
])
def test_a_figure_maps_to_its_idmc_term(text, value, term):
    f = labelled_figure(figures(text), value)
    assert f is not None and f.value == value and idmc_term(f) == term


def test_the_labelled_figure_is_the_one_with_the_gold_quantity():
    found = figures("The storm, the first in 52 years, damaged 3,000 homes and left 9,000 people homeless.")
    assert labelled_figure(found, 9000).value == 9000
    assert labelled_figure(found, 9000).term == "homeless"
    assert labelled_figure(found, 123) is labelled_figure(found, None)  # no such figure: the reported one
