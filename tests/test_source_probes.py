"""Source probes (issue 15): the ways English and French news say who states a figure (stated_by), and the figures
whose only source is the outlet. Each line of tests/source_probes_en.txt and tests/source_probes_fr.txt is
"article || value || expected source words", an article written for these tests whose title and paragraphs are
separated by a literal "\\n"; the expected words are alternatives separated by "|", one of which the figure's
stated_by (name and mention) must contain, case-insensitive, as tests/graded/grade.py grades a source; "None": the
figure has no stated_by, or only a news agency's name. One language's articles are extracted as one batch
(``python tests/test_source_probes.py`` prints the misses). An expected source written after "?" is a known gap,
kept and expected to fail until its mechanism is done."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from test_country_probes import extract_probes  # noqa: E402
from test_event_probes import read_probes, value  # noqa: E402

FILES = {"en": HERE / "source_probes_en.txt", "fr": HERE / "source_probes_fr.txt"}
AGENCIES = {"afp", "reuters", "ap", "associated press", "agence france-presse"}


def probes(language: str) -> list[tuple[str, ...]]:
    """(article, value as written, expected source words) of one language's probe file."""
    return read_probes(FILES[language])


@functools.cache
def analysed(language: str) -> dict[str, tuple]:
    return extract_probes(sorted({article for article, _, _ in probes(language)}), language)


def said(f) -> str:
    """The words of a figure's stated_by, as tests/graded/grade.py reads them."""
    return " ".join(x for x in ((f.stated_by.name, f.stated_by.mention) if f.stated_by else ()) if x)


def outcome(language: str, article: str, written: str) -> list[str]:
    """The source words of the figures of ``written``'s value in ``article``."""
    number = value(written, language)
    return [said(f) for f in analysed(language)[article] if f.value is not None and f.value == pytest.approx(number)]


def right(sources: list[str], expected: str) -> bool:
    expected = expected.lstrip("?")
    if expected == "None":
        return all(not s or s.lower() in AGENCIES for s in sources)
    words = [w.strip().lower() for w in expected.split("|")]
    return bool(sources) and all(any(w in s.lower() for w in words) for s in sources)


CASES = [(language, *case) for language in FILES for case in probes(language)]


@pytest.mark.parametrize(("language", "article", "written", "expected"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_probe(language, article, written, expected):
    if expected.startswith("?"):
        pytest.xfail("a known gap")
    sources = outcome(language, article, written)
    assert right(sources, expected), (article, written, expected, sources)


if __name__ == "__main__":
    for lang in sys.argv[1:] or ["en", "fr"]:
        cases = probes(lang)
        misses = [(a, w, e, outcome(lang, a, w)) for a, w, e in cases]
        misses = [m for m in misses if not right(m[3], m[2])]
        for article, written, expected, sources in misses:
            print(f"{'GAP ' if expected.startswith('?') else 'MISS'} {lang} want={expected} got={sources} "
                  f"value={written} | {article}")
        gaps = sum(e.startswith("?") for _, _, e in cases)
        print(f"{lang}: {len(cases) - len(misses)}/{len(cases)} right ({gaps} known gaps)")
