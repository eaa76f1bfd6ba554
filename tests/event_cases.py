"""Shared by the tables of event cases (tests/test_figure_events_styles.py, tests/test_figure_events_vocabulary.py):
every sentence analysed once, as one batch, and one case's figure checked for its event, category and term."""

from __future__ import annotations

import pytest

from newsfacts.pipeline import process_batch
from newsfacts.records import Article, Source


def analyse(cases) -> dict:
    """The figures of every sentence of ``cases`` (text, value, term, event, category), analysed as one batch (the
    pipeline's cost is per batch)."""
    texts = sorted({text for text, *_ in cases})
    arts = process_batch([Article(id=str(i), source=Source(outlet="Test Wire"), text=t) for i, t in enumerate(texts)])
    return {t: a.figures for t, a in zip(texts, arts, strict=True)}


def check(analysed: dict, text: str, value: float, term: str | None, event: str | None, category: str) -> None:
    found = [f for f in analysed[text] if any(v is not None and v == pytest.approx(value) for v in (f.value, f.low, f.high))]
    assert found, f"no figure {value} in {text!r}"
    f = found[0]
    assert (f.event, f.category) == (event, category), (f.term, f.event, f.category, f.counted)
    if term is not None:
        assert f.term == term
