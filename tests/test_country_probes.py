"""Country probes (issues 15, 18): the ways English and French news say where a figure's people are, and the
country each figure should get. Each line of tests/country_probes_en.txt and tests/country_probes_fr.txt is
"article || value || expected ISO3 country (None: no country)", an article written for these tests whose title and
paragraphs are separated by a literal "\\n"; one language's articles are extracted as one batch of text files
(``python tests/test_country_probes.py`` prints the misses). An expected country written after "?" is a known gap,
kept and expected to fail until its mechanism is done."""

from __future__ import annotations

import functools
import sys
import tempfile
from pathlib import Path

import pytest

import newsfacts

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from test_event_probes import read_probes, value  # noqa: E402

FILES = {"en": HERE / "country_probes_en.txt", "fr": HERE / "country_probes_fr.txt"}


def probes(language: str) -> list[tuple[str, ...]]:
    """(article, value as written, expected country) of one language's probe file."""
    return read_probes(FILES[language])


@functools.cache
def analysed(language: str) -> dict[str, tuple]:
    """The figures of every probe article of a language, each written as a text file (title, blank line,
    paragraphs), extracted as one batch."""
    return extract_probes(sorted({article for article, _, _ in probes(language)}), language)


def extract_probes(texts: list[str], language: str) -> dict[str, tuple]:
    """The figures of each probe article (title and paragraphs separated by a literal "\\n"), each written as a
    text file (title, blank line, paragraphs), extracted as one batch; also read by tests/test_source_probes.py."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, text in enumerate(texts):
            path = Path(tmp) / f"probe{i:03d}.txt"
            path.write_text("\n\n".join(part.strip() for part in text.split("\\n")) + "\n", encoding="utf-8")
            paths.append(str(path))
        articles = newsfacts.extract(paths, date="2025-03-14", language=language).articles
    assert len(articles) == len(texts)
    return {text: article.figures for text, article in zip(texts, articles, strict=True)}


def outcome(language: str, article: str, written: str) -> list[str | None]:
    """The countries of the figures of ``written``'s value in ``article``."""
    number = value(written, language)
    return [f.place.country if f.place is not None else None
            for f in analysed(language)[article] if f.value is not None and f.value == pytest.approx(number)]


def right(countries: list[str | None], expected: str) -> bool:
    expected = expected.lstrip("?")
    if expected == "None":
        return all(c is None for c in countries)
    return bool(countries) and all(c == expected for c in countries)


CASES = [(language, *case) for language in FILES for case in probes(language)]


@pytest.mark.parametrize(("language", "article", "written", "expected"), CASES,
                         ids=[f"{c[0]}-{i}-{c[3]}" for i, c in enumerate(CASES)])
def test_probe(language, article, written, expected):
    if expected.startswith("?"):
        pytest.xfail("a known gap")
    countries = outcome(language, article, written)
    assert right(countries, expected), (article, written, expected, countries)


if __name__ == "__main__":
    for lang in sys.argv[1:] or ["en", "fr"]:
        cases = probes(lang)
        misses = [(a, w, e, outcome(lang, a, w)) for a, w, e in cases]
        misses = [m for m in misses if not right(m[3], m[2])]
        for article, written, expected, countries in misses:
            print(f"{'GAP ' if expected.startswith('?') else 'MISS'} {lang} want={expected} got={countries} "
                  f"value={written} | {article}")
        gaps = sum(e.startswith("?") for _, _, e in cases)
        print(f"{lang}: {len(cases) - len(misses)}/{len(cases)} right ({gaps} known gaps)")
