"""The language of an article: detected with py3langid (its model ships in the wheel; nothing is downloaded),
chosen over lingua by measurement (``benchmarks/bench_language.py``: as accurate on news, many times faster).

``detect(text)`` is an ISO 639-1 code, or None when the text is too short or too unsure to tell (a headline, a
list of numbers): such an article is read as ``settings.get("default_language")``. ``supported(code)`` says
whether newsfacts extracts facts in a language; an article in any other is kept with ``language`` set and a note
(``unsupported_note``), and no stage runs its rules on it.
"""

from __future__ import annotations

import functools
import logging
import re

from . import settings

log = logging.getLogger(__name__)

SUPPORTED = ("en", "fr")
# The first characters of a text are enough to tell its language, and bound the time on a long one.
SAMPLE_CHARS = 3000
# Fewer letters than this: too little text to tell (a title, a table of figures).
MIN_LETTERS = 40
# py3langid's normalised probability of its best language; below it the text is left undecided.
MIN_CONFIDENCE = 0.6
URL_RE = re.compile(r"\S+://\S+|www\.\S+|\S+@\S+")
LETTER_RE = re.compile(r"[^\W\d_]")


@functools.cache
def _identifier():
    import py3langid  # imported on first use: its model loads in about 0.2 s

    log.info("loading the py3langid language model")
    return py3langid.langid.LanguageIdentifier.from_model_file(py3langid.langid.MODEL_FILE, norm_probs=True)


def detect(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when it cannot be told."""
    sample = URL_RE.sub(" ", text[:SAMPLE_CHARS])
    if len(LETTER_RE.findall(sample)) < MIN_LETTERS:
        return None
    code, confidence = _identifier().classify(sample)
    if confidence < MIN_CONFIDENCE:
        return None
    return code


def supported(code: str | None) -> bool:
    """Whether facts are extracted in this language (None: undecided, read as the default language)."""
    return code is None or code in SUPPORTED


def effective(code: str | None) -> str:
    """The language an article is read in: its own, else the default (``NEWSFACTS_DEFAULT_LANGUAGE``)."""
    return code or settings.get("default_language")


def unsupported_note(code: str) -> str:
    return f"language {code!r} is not supported: facts not extracted"
