"""A regex run only around its anchors: the same matches as over the whole text, found faster.

A regex that starts with a word boundary, an optional prefix or a case-insensitive alternation gets none of the
regex engine's fast scans: it is tried at every character of the text, about five times slower than a plain
alternation of literals, which the engine finds by their first characters. Where every match holds such an
*anchor* (a month's name, a digit, "ago") and starts at most ``reach`` characters before it, the regex is run
only in a window around each anchor, and gives the matches that ``regex.finditer(text)`` gives, in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

AHEAD = 160  # a window runs this far past its anchor's start
MARGIN = 40  # a match ending this close to its window's end is looked for again without the window


def finditer_around(regex: re.Pattern, text: str, anchor: re.Pattern, reach: int,
                    scanned: str | None = None) -> Iterator[re.Match]:
    """``regex.finditer(text)``, where every match holds something ``anchor`` finds (in ``scanned``: the text, or
    its lower-cased copy for an anchor written in lower case) and starts at most ``reach`` characters before it.
    Where ``scanned`` is not as long as the text (lower() changed a character's length: "İ"), the whole text is
    scanned. A window is searched with ``pos``: the word boundaries and look-behinds at its start see the text
    before it; a match near its end, which the window may have cut short, is looked for again in the whole text."""
    scanned = text if scanned is None else scanned
    if len(scanned) != len(text):
        return regex.finditer(text)
    return _around(regex, text, anchor.finditer(scanned), reach)


def _around(regex: re.Pattern, text: str, anchors: Iterable[re.Match], reach: int) -> Iterator[re.Match]:
    pos = 0
    for a in anchors:
        if a.start() < pos:
            continue  # inside the match before: no later match can hold it
        end = min(len(text), a.start() + AHEAD)
        m = regex.search(text, max(pos, a.start() - reach), end)
        if m is None:
            continue
        if end < len(text) and m.end() + MARGIN > end:
            m = regex.search(text, m.start())
            if m is None:
                return
        yield m
        pos = max(m.end(), m.start() + 1)
