"""What happened to the people a figure counts, as an HXL impact attribute: the ``impact`` column of
figure rows (``rows.py``) and the ``#affected+...`` column HXL exports put a figure's value in
(``export.py``). Which words signal which impact is the lexicon's events table (each class's ``impact``)."""

from __future__ import annotations

import re

from .. import lexicon
from ..lexicon import events
from ..records import Figure

IMPACTS = events.impacts()  # (impact, its words), checked in this order, on the term first, then on what is counted
# where the value goes in an HXL export: people displaced in individuals or households (#affected+idps+ind,
# +hh); people harmed in individuals only (#affected+killed)
_COLUMNS = lexicon.terms("events.impact_columns")
DISPLACEMENT_IMPACTS = tuple(i for i in _COLUMNS if events.impact_categories()[i] == "displacement")
PEOPLE_IMPACTS = tuple(i for i in _COLUMNS if events.impact_categories()[i] != "displacement")


def _impact_of(phrase: str | None) -> str | None:
    words = set(re.findall(r"[a-z-]+", (phrase or "").lower()))
    return next((name for name, vocabulary in IMPACTS if words & vocabulary), None)


def impact(f: Figure) -> str | None:
    """What happened to the people a figure counts, as an HXL impact attribute (displaced, idps, refugees,
    returnees, killed, injured, abducted), or None: figures of money, time or aid, counts of things,
    changes ("rose by 500") and people only "at risk" have none. Deportees and repatriated people count as
    returnees (as IOM and UNHCR report them in the country they arrive in)."""
    if f.change or f.term == "at risk" or f.unit not in (None, "person", "household"):
        return None
    if f.category not in ("displacement", "casualties", "other"):
        return None
    found = _impact_of(f.term) or _impact_of(f.counted)
    if found in PEOPLE_IMPACTS and f.unit == "household":
        return None
    return found
