"""Event probes (issue 15): for each event class, the common ways English and French news name it, and the same
words said of things, measures and money, which are no event of people. Each line of tests/event_probes_en.txt and
tests/event_probes_fr.txt is "sentence || value || expected class (None: no class)", a sentence written for these
tests; one language's sentences are analysed as one batch (``python tests/test_event_probes.py`` prints the misses).
An expected class written after "?" is a known gap (the parse or a mechanism still to come, not the vocabulary): the
probe is kept, and expected to fail until that is done."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest

from newsfacts.pipeline import process_batch
from newsfacts.records import Article, Source

HERE = Path(__file__).parent
FILES = {"en": HERE / "event_probes_en.txt", "fr": HERE / "event_probes_fr.txt"}


def read_probes(path: Path) -> list[tuple[str, ...]]:
    """The fields of each line "a || b || c" of a probe file, comments and blank lines left out."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [tuple(part.strip() for part in line.split("||")) for line in lines if line.strip() and not line.startswith("#")]


def probes(language: str) -> list[tuple[str, ...]]:
    """(sentence, value as written, expected class) of one language's probe file."""
    return read_probes(FILES[language])


def value(written: str, language: str) -> float:
    """A probe's value as written ("12,400", "1.5 million", "2,1 millions", "36 000") as a number."""
    text = written.replace(" ", "").replace("\u202f", "").replace("\xa0", "").lower()
    scale = 1.0
    for word, factor in (("millions", 1e6), ("million", 1e6), ("milliards", 1e9), ("milliard", 1e9), ("billion", 1e9)):
        if text.endswith(word):
            text, scale = text[: -len(word)], factor
            break
    text = text.replace(",", ".") if language == "fr" else text.replace(",", "")
    return float(text) * scale


@functools.cache
def analysed(language: str) -> dict[str, tuple]:
    """The figures of every probe sentence of a language, each sentence an article, analysed as one batch."""
    texts = sorted({sentence for sentence, _, _ in probes(language)})
    arts = process_batch([Article(id=str(i), source=Source(outlet="Test Wire"), text=t, language=language)
                          for i, t in enumerate(texts)])
    return {t: a.figures for t, a in zip(texts, arts, strict=True)}


def outcome(language: str, sentence: str, written: str) -> list[str | None]:
    """The event classes of the figures of ``written``'s value in ``sentence``."""
    number = value(written, language)
    return [f.event for f in analysed(language)[sentence] if f.value is not None and f.value == pytest.approx(number)]


def right(events: list[str | None], expected: str) -> bool:
    expected = expected.lstrip("?")
    return all(e is None for e in events) if expected == "None" else expected in events


CASES = [(language, *case) for language in FILES for case in probes(language)]


@pytest.mark.parametrize(("language", "sentence", "written", "expected"), CASES,
                         ids=[f"{c[0]}-{i}-{c[3]}" for i, c in enumerate(CASES)])
def test_probe(language, sentence, written, expected):
    if expected.startswith("?"):
        pytest.xfail("a known gap")
    events = outcome(language, sentence, written)
    assert right(events, expected), (sentence, written, expected, events)


if __name__ == "__main__":
    for lang in sys.argv[1:] or ["en", "fr"]:
        cases = probes(lang)
        misses = [(s, w, e, outcome(lang, s, w)) for s, w, e in cases]
        misses = [m for m in misses if not right(m[3], m[2])]
        for sentence, _, expected, events in misses:
            print(f"{'GAP ' if expected.startswith('?') else 'MISS'} {lang} want={expected} got={events} | {sentence}")
        gaps = sum(e.startswith("?") for _, _, e in cases)
        print(f"{lang}: {len(cases) - len(misses)}/{len(cases)} right ({gaps} known gaps)")
