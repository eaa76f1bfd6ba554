"""What happened to the people a figure counts, as an HXL impact attribute: the ``impact`` column of
figure rows (``rows.py``) and the ``#affected+...`` column HXL exports put a figure's value in
(``export.py``). The word lists are kept here as they were in ``export.py``; the events table of the
lexicon takes them over later."""

from __future__ import annotations

import re

from ..records import Figure

IMPACT_WORDS = (  # checked in this order, on the term first, then on what is counted
    ("killed", "kill killed die died dead death deaths fatalities fatality"),
    ("injured", "injure injured injuries wound wounded hurt"),
    ("abducted", "abduct abducted abduction kidnap kidnapped abductee abductees hostage hostages"),
    ("idps", "idp idps internally"),
    ("refugees", "refugee refugees asylum asylum-seeker asylum-seekers"),
    ("returnees", "return returned returnee returnees repatriate repatriated repatriation deport deported "
                  "deportee deportees deportation expel expelled expulsion"),
    ("displaced", "displace displaced displacement flee fled evacuate evacuated evacuee evacuees uproot "
                  "uprooted relocated homeless"),
)
IMPACTS = tuple((name, frozenset(words.split())) for name, words in IMPACT_WORDS)
DISPLACEMENT_IMPACTS = ("displaced", "idps", "refugees", "returnees")
PEOPLE_IMPACTS = ("killed", "injured", "abducted")


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
